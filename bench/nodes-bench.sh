#!/usr/bin/env bash
# One app node against two, each behind nginx, on one PostgreSQL server and one shared directory (ADR 0034), over a
# base of BASE_DOCS published documents across BASE_ORGS organisations made at database speed
# (`demo-generate --bulk`, ADR 0054): wrk through nginx proxying to node 1 only, then to both nodes, in the same run,
# on a random document of the base per request, a random organisation's home page per request, and one hot
# document page (the page cache's best case). Prints requests/s and p99 side by side with the ratio two/one. On a
# 2-core machine two nodes share the same cores, so the ratio says what a second node costs or gains there, not what
# a second machine would add.
#
# Search: each node has its own Lucene index in its data directory, as by default. `search-reindex` builds node 1's
# before the nodes start (its rate is printed) and node 2 starts on a copy, so neither node indexes during the
# measurement. Before that, node 1 is started once on an empty index to time its first pages while its background
# repair (search.StartupRepair) indexes the base: a start with a large base must not wait for the index.
#
#   bench/nodes-bench.sh   env: BASE_DOCS (default 2000), BASE_ORGS (default 20), PORT1, PORT2, NGINX_PORT,
#                          DURATION, CONNECTIONS, THREADS, TIMEOUT (wrk, default 10s), BENCH_DB (database name on the local cluster),
#                          SKIP_BUILD=1; GONGKAI_DB_* to use a given server, else one is made as root
# Needs: java 17+, maven, wrk, nginx, postgresql (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/pg-server.sh

BASE_DOCS=${BASE_DOCS:-2000}
BASE_ORGS=${BASE_ORGS:-20}
PORT1=${PORT1:-18101}
PORT2=${PORT2:-18102}
NGINX_PORT=${NGINX_PORT:-18100}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-10s}
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

pg_server_database "${BENCH_DB:-gongkai_bench_nodes}"
export GONGKAI_SHARED_DIR="$WORK/shared" GONGKAI_DEMO=false
echo "== bulk-loading $BASE_DOCS published documents across $BASE_ORGS organisations"
GONGKAI_DATA_DIR="$WORK/node1" java -Xmx1g -jar target/gongkai.jar demo-generate --bulk --documents "$BASE_DOCS" \
  --organisations "$BASE_ORGS" > "$WORK/bulk.out" 2> "$WORK/bulk.err" || { tail -n 20 "$WORK/bulk.err" >&2; exit 1; }
BULK_LINE=$(grep '^bulk:' "$WORK/bulk.out")
echo "   $BULK_LINE"
FIRST_ID=$(awk '/^bulk ids:/ {print $3}' "$WORK/bulk.out")
LAST_ID=$(awk '/^bulk ids:/ {print $4}' "$WORK/bulk.out")
SLUG_PREFIX=$(awk '/^bulk ids:/ {print $6}' "$WORK/bulk.out")
[ -n "$FIRST_ID" ] && [ -n "$LAST_ID" ] || { echo "the bulk load printed no id range" >&2; exit 1; }

start_node() { # name port
  GONGKAI_DATA_DIR="$WORK/$1" PORT=$2 java -Xmx1g -jar target/gongkai.jar > "$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}
stop_node() { # pid
  kill "$1" 2>/dev/null && wait "$1" 2>/dev/null || true
}
first_page() { # port path: seconds from now until the path answers 200
  local t0=$(date +%s.%N)
  for _ in $(seq 1 6000); do
    curl -fs -o /dev/null "http://127.0.0.1:$1$2" && { awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; return 0; }
    sleep 0.1
  done
  echo "never"; return 1
}

echo "== node 1 on an empty index: first pages while its background repair indexes the base"
start_node node1 "$PORT1"; CHECK_PID=$!
T_DOC=$(first_page "$PORT1" "/documents/$(( (FIRST_ID + LAST_ID) / 2 ))")
T_HOME=$(first_page "$PORT1" "/o/$SLUG_PREFIX-0001")
REPAIRED=$(grep -c 'search index .* repaired' "$WORK/node1.log" || true)
echo "   first document page ${T_DOC} s after java -jar, an organisation's home ${T_HOME} s; index repair finished by then: $([ "$REPAIRED" = 0 ] && echo no || echo yes)"
stop_node "$CHECK_PID"
rm -rf "$WORK/node1/index"

echo "== search-reindex into node 1's index, then a copy for node 2"
GONGKAI_DATA_DIR="$WORK/node1" java -Xmx1g -jar target/gongkai.jar search-reindex 2>/dev/null | tail -n 1 | sed 's/^/   /'
mkdir -p "$WORK/node2"; cp -a "$WORK/node1/index" "$WORK/node2/index"

echo "== starting node 1 (:$PORT1) and node 2 (:$PORT2)"
start_node node1 "$PORT1"; T1=$(first_page "$PORT1" "/documents/$FIRST_ID")
start_node node2 "$PORT2"; T2=$(first_page "$PORT2" "/documents/$FIRST_ID")
echo "   first document page ${T1} s (node 1) and ${T2} s (node 2) after java -jar, full index"

DOC_PATH="/documents/$(( (FIRST_ID + LAST_ID) / 2 ))"
cat > "$WORK/random.lua" <<'LUA'
-- each request a random document of the base, or a random organisation's home page
local kind, first, last, prefix
function init(args)
  kind, first, last, prefix = args[1], tonumber(args[2]), tonumber(args[3]), args[4]
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end
function request()
  if kind == "doc" then
    return wrk.format(nil, "/documents/" .. math.random(first, last))
  end
  return wrk.format(nil, string.format("/o/%s-%04d", prefix, math.random(1, last)))
end
LUA

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
measure() { # label, then wrk's target arguments
  local label=$1 out rps p99; shift
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency "$@")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  printf '%-40s %12s req/s   p99 %8s %s\n' "$label" "$rps" "$p99" \
    "$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ' || true)" >&2
  echo "$rps"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

URL="http://127.0.0.1:$NGINX_PORT"
nginx_conf one "$PORT1"
nginx_conf two "$PORT1" "$PORT2"
echo "== wrk: $THREADS threads, $CONNECTIONS connections, $DURATION each, after a 3 s warm-up per setup"
declare -A RESULT
for setup in one two; do
  run_nginx "$setup"
  for p in "$DOC_PATH" "/o/$SLUG_PREFIX-0001"; do curl -fs -o /dev/null "$URL$p"; done
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s "$WORK/random.lua" "$URL" -- doc "$FIRST_ID" "$LAST_ID" > /dev/null
  RESULT[$setup-doc]=$(measure "$setup node(s): random document of $BASE_DOCS" -s "$WORK/random.lua" "$URL" -- doc "$FIRST_ID" "$LAST_ID")
  RESULT[$setup-org]=$(measure "$setup node(s): random site of $BASE_ORGS" -s "$WORK/random.lua" "$URL" -- org 1 "$BASE_ORGS" "$SLUG_PREFIX")
  RESULT[$setup-hot]=$(measure "$setup node(s): one hot document" "$URL$DOC_PATH")
done
echo "   two/one, random document:  $(ratio "${RESULT[two-doc]}" "${RESULT[one-doc]}")"
echo "   two/one, random site home: $(ratio "${RESULT[two-org]}" "${RESULT[one-org]}")"
echo "   two/one, one hot document: $(ratio "${RESULT[two-hot]}" "${RESULT[one-hot]}")"
echo "== base: $BULK_LINE"
echo "== cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
