#!/usr/bin/env bash
# Search benchmark: generates a deterministic synthetic Chinese corpus (default 30,000 education-policy documents,
# 文号 in mixed bracket styles) and prints, in one run: the Lucene bulk index rate (docs/s), the index size, the heap
# used, the p50/p95 latency of a fixed query set (highlights and the five facet counts included) beside the same
# queries as LIKE '%…%' on an embedded PostgreSQL, the recall of each query against LIKE (share of LIKE's matches
# that search finds), and how long a single publication takes to become searchable.
# With --mixed-seconds S it then runs a mixed load: --readers T (default 100) threads alternating a search and a
# document page (a PostgreSQL row rendered to HTML) for S seconds, a request being a search with probability
# --search-share P (default 0.033, the mix issue #13 measured), and prints req/s and p50/p95/p99 per kind.
# LIKE repetitions default to 3, and to 1 from 200,000 documents (each LIKE scans the whole table); the count is printed.
# With --backend opensearch (first argument) it runs Lucene beside OpenSearch instead (BackendBench, no PostgreSQL):
# bulk index rate, query p50/p95, publication latency and whether both find the same ids per query, against the
# engine at GONGKAI_SEARCH_URL (default http://localhost:9200; bench/opensearch.sh start gets one).
# Usage: bench/search-bench.sh [--backend lucene|opensearch] [--docs N] [--runs R] [--pg-runs R] [--mixed-seconds S] [--readers T] [--search-share P]
# A million documents: BENCH_HEAP=3g bench/search-bench.sh --docs 1000000 --mixed-seconds 120
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile
CP_FILE=target/search-bench.classpath
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
MAIN=org.gongkai.search.bench.SearchBench
if [ "${1:-}" = "--backend" ]; then
  case "${2:-}" in
    lucene) ;;
    opensearch) MAIN=org.gongkai.search.bench.BackendBench ;;
    *) echo "--backend lucene|opensearch" >&2; exit 2 ;;
  esac
  shift 2
fi
exec java -Xmx${BENCH_HEAP:-2g} -cp "target/classes:target/test-classes:$(cat "$CP_FILE")" "$MAIN" "$@"
