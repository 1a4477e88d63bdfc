#!/usr/bin/env bash
# The publication path (create, submit, approve, publish — four transactions with the audit chain, the transparency
# log and the search index, one document after another through the same services staff use) on the embedded
# PostgreSQL and on a PostgreSQL server, in the same run. Prints docs/s and per-document p50/p95 side by side.
#
#   bench/publication-bench.sh [documents]   default 2000 (env: SKIP_BUILD=1; GONGKAI_DB_URL/USER/PASSWORD and
#                                            GONGKAI_DB_MIGRATION_USER/PASSWORD to use a given server; otherwise a
#                                            database on the local Debian cluster is made, as root)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/pg-server.sh

DOCS=${1:-${DOCS:-2000}}
WORK=$(mktemp -d /tmp/gongkai-publication.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building target/gongkai.jar"
  mvn -B -q -DskipTests package
fi

run() { # label, then env assignments for the run
  local label=$1; shift
  local line
  line=$(env "$@" GONGKAI_DEMO=false java -Xmx1g -jar target/gongkai.jar demo-generate --documents "$DOCS" 2>/dev/null \
    | grep '^publication:' || true)
  [ -n "$line" ] || { echo "$label: the run failed" >&2; exit 1; }
  printf '%-26s %s\n' "$label" "${line#publication: }"
}

echo "== $DOCS documents, one after another"
embedded=$(run "embedded PostgreSQL" GONGKAI_DATA_DIR="$WORK/embedded")
pg_server_database gongkai_bench_pub
server=$(run "PostgreSQL server" GONGKAI_DATA_DIR="$WORK/server")
echo "$embedded"
echo "$server"
echo "== cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
