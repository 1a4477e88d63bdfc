#!/usr/bin/env bash
# School-district look-up benchmark (#21): generates a county of 100,000 address rules (streets with numbered ranges
# split by odd/even side, and residential compounds), builds the look-up index the public page uses, and times the
# look-up of generated addresses (prefixes, Traditional characters, full-width digits, compounds, unknown streets):
# the index beside the naive scan of every rule, on the same addresses. Prints p50/p95/p99/max; asserts nothing.
# Needs no database: the public page builds the same index once per published zoning and keeps it (a published
# zoning never changes), so a look-up is this in-memory work plus the page.
# Usage: bench/zoning-bench.sh [--rules N] [--lookups M] [--baseline-lookups B] [--seed S]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -DskipTests test-compile
CP_FILE=target/zoning-bench.classpath
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat "$CP_FILE")" \
  org.gongkai.enrollment.ZoningLookupBench "$@"
