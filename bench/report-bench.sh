#!/usr/bin/env bash
# Annual-report benchmark: generates a province of 1,000 organisations (province → cities → counties) with 1,000,000
# applications over 2024–2025 and their reconsideration/litigation cases, by SQL (generate_series) straight into a
# fresh embedded PostgreSQL migrated by the project's Flyway scripts; then times table 三 + table 四 of 2025 for one
# organisation and for the province roll-up (p50 and max of several runs), and in the same run the former way of
# counting (every application loaded, organisation by organisation, tabulated in Java) side by side. Prints numbers,
# asserts nothing.
# Usage: bench/report-bench.sh [--orgs N] [--applications M] [--runs R] [--baseline-runs R] [--year Y]
#        (needs no database of its own; about 2 GB of temporary disk for the default size)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile
CP_FILE=target/report-bench.classpath
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat "$CP_FILE")" \
  org.gongkai.report.bench.ReportBench "$@"
