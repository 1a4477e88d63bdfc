#!/usr/bin/env bash
# Search benchmark: generates a deterministic synthetic Chinese corpus (default 100,000 education-policy documents,
# 文号 in mixed bracket styles), prints the Lucene bulk index rate (docs/s) and the p50/p95 latency of a fixed query
# set, and in the same run the same queries as LIKE '%…%' on an embedded PostgreSQL, side by side.
# Usage: bench/search-bench.sh [--docs N] [--runs R] [--pg-runs R]      (needs no database of its own)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile
CP_FILE=target/search-bench.classpath
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat "$CP_FILE")" \
  org.gongkai.search.bench.SearchBench "$@"
