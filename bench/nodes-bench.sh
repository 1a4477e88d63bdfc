#!/usr/bin/env bash
# One app node against two, each behind nginx, on one PostgreSQL server and one shared directory (ADR 0034): wrk on
# a document page and the home page through nginx proxying to node 1 only, then to both nodes, in the same run.
# Prints requests/s and p99 side by side with the ratio two/one. On a 2-core machine two nodes share the same cores,
# so the ratio says what a second node costs or gains there, not what a second machine would add.
#
#   bench/nodes-bench.sh [documents]   default 2000 (env: PORT1, PORT2, NGINX_PORT, DURATION, CONNECTIONS, THREADS,
#                                      SKIP_BUILD=1; GONGKAI_DB_* to use a given server, else one is made as root)
# Needs: java 17+, maven, wrk, nginx, postgresql (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/pg-server.sh

DOCS=${1:-${DOCS:-2000}}
PORT1=${PORT1:-18101}
PORT2=${PORT2:-18102}
NGINX_PORT=${NGINX_PORT:-18100}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WORK=$(mktemp -d /tmp/gongkai-nodes.XXXXXX)
PIDS=()

for tool in wrk nginx java curl; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y wrk nginx)" >&2; exit 1; }
done
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building target/gongkai.jar"
  mvn -B -q -DskipTests package
fi

pg_server_database gongkai_bench_nodes
export GONGKAI_SHARED_DIR="$WORK/shared" GONGKAI_DEMO=false
echo "== generating $DOCS published documents"
GONGKAI_DATA_DIR="$WORK/node1" java -jar target/gongkai.jar demo-generate --documents "$DOCS" 2>/dev/null | tail -n 1

start_node() { # name port
  GONGKAI_DATA_DIR="$WORK/$1" PORT=$2 java -Xmx1g -jar target/gongkai.jar > "$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}
wait_for() { # port
  for _ in $(seq 1 180); do curl -fs -o /dev/null "http://127.0.0.1:$1/robots.txt" && return 0; sleep 1; done
  echo "the node on port $1 did not start" >&2; return 1
}
echo "== starting node 1 (:$PORT1) and node 2 (:$PORT2)"
start_node node1 "$PORT1"; wait_for "$PORT1"
start_node node2 "$PORT2"; wait_for "$PORT2"

DOC_PATH=$(curl -fs "http://127.0.0.1:$PORT1/sitemap.xml" | grep -o '/documents/[0-9]*' | sed -n "$(( (DOCS + 1) / 2 ))p")
[ -n "$DOC_PATH" ] || { echo "no document in the sitemap" >&2; exit 1; }

nginx_conf() { # name, then upstream ports
  local name=$1; shift
  mkdir -p "$WORK/$name/logs"
  {
    echo "worker_processes auto; pid $WORK/$name/nginx.pid; error_log $WORK/$name/logs/error.log warn;"
    echo "events { worker_connections 1024; }"
    echo "http { access_log off; upstream app { keepalive 64;"
    for p in "$@"; do echo "  server 127.0.0.1:$p;"; done
    echo "} server { listen 127.0.0.1:$NGINX_PORT; location / { proxy_pass http://app; proxy_http_version 1.1;"
    echo "  proxy_set_header Connection \"\"; proxy_set_header Host \$host; } } }"
  } > "$WORK/$name/nginx.conf"
}
NGINX_PID=""
run_nginx() { # name
  [ -n "$NGINX_PID" ] && { kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true; }
  nginx -p "$WORK/$1" -c "$WORK/$1/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!; PIDS+=("$NGINX_PID")
  for _ in $(seq 1 20); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/robots.txt" && return 0; sleep 0.5; done
  echo "nginx did not start" >&2; return 1
}
measure() { # label path
  local out rps p99
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT$2")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  printf '%-30s %12s req/s   p99 %8s %s\n' "$1" "$rps" "$p99" \
    "$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ' || true)" >&2
  echo "$rps"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

nginx_conf one "$PORT1"
nginx_conf two "$PORT1" "$PORT2"
echo "== wrk: $THREADS threads, $CONNECTIONS connections, $DURATION each, after a 3 s warm-up per setup"
declare -A RESULT
for setup in one two; do
  run_nginx "$setup"
  for p in "$DOC_PATH" /; do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT$p"; done
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "http://127.0.0.1:$NGINX_PORT$DOC_PATH" > /dev/null
  RESULT[$setup-doc]=$(measure "$setup node(s): document" "$DOC_PATH")
  RESULT[$setup-home]=$(measure "$setup node(s): home" /)
done
echo "   two/one, document page: $(ratio "${RESULT[two-doc]}" "${RESULT[one-doc]}")"
echo "   two/one, home page:     $(ratio "${RESULT[two-home]}" "${RESULT[one-home]}")"
echo "== $DOCS documents; document page $DOC_PATH; cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
