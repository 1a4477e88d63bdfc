#!/usr/bin/env bash
# The publication path (create, submit, approve, publish — four transactions with the audit chain, the transparency
# log and the search index, one document after another through the same services staff use) on the embedded
# PostgreSQL and on a PostgreSQL server, in the same run, each on top of a base of BASE_DOCS published documents
# across BASE_ORGS organisations made at database speed (`demo-generate --bulk`, ADR 0054). Prints the base's load
# (docs/s, database size) and the publications' docs/s and per-document p50/p95 side by side.
#
#   bench/publication-bench.sh [documents]   documents published through the services, default 2000
#       env: BASE_DOCS (default 2000), BASE_ORGS (default 20), BENCH_DB (database name on the local cluster),
#            SKIP_BUILD=1; GONGKAI_DB_URL/USER/PASSWORD and GONGKAI_DB_MIGRATION_USER/PASSWORD to use a given
#            server; otherwise a database on the local Debian cluster is made, as root
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/pg-server.sh

DOCS=${1:-${DOCS:-2000}}
BASE_DOCS=${BASE_DOCS:-2000}
BASE_ORGS=${BASE_ORGS:-20}
WORK=$(mktemp -d /tmp/gongkai-publication.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building target/gongkai.jar"
  mvn -B -q -DskipTests package
fi

run() { # label, then env assignments for the run
  local label=$1; shift
  local base line
  env "$@" GONGKAI_DEMO=false java -Xmx1g -jar target/gongkai.jar demo-generate --bulk --documents "$BASE_DOCS" \
    --organisations "$BASE_ORGS" > "$WORK/bulk.out" 2> "$WORK/bulk.err" || { tail -n 20 "$WORK/bulk.err" >&2; exit 1; }
  base=$(grep '^bulk:' "$WORK/bulk.out")
  line=$(env "$@" GONGKAI_DEMO=false java -Xmx1g -jar target/gongkai.jar demo-generate --documents "$DOCS" 2>"$WORK/pub.err" \
    | grep '^publication:' || true)
  [ -n "$line" ] || { echo "$label: the run failed" >&2; tail -n 20 "$WORK/pub.err" >&2; exit 1; }
  printf '%-26s base %s\n' "$label" "${base#bulk: }"
  printf '%-26s %s\n' "$label" "${line#publication: }"
}

echo "== $DOCS documents, one after another, on a base of $BASE_DOCS documents across $BASE_ORGS organisations"
embedded=$(run "embedded PostgreSQL" GONGKAI_DATA_DIR="$WORK/embedded")
pg_server_database "${BENCH_DB:-gongkai_bench_pub}"
server=$(run "PostgreSQL server" GONGKAI_DATA_DIR="$WORK/server")
echo "$embedded"
echo "$server"
echo "== cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
