#!/usr/bin/env bash
# Public application submission under mixed load: the app jar on a fresh data directory (with the demo), 100
# readers of document pages and 5 writers submitting applications, bounded in time, on loopback only. Runs the
# same load twice in one run: first with query codes hashed the old way (bcrypt, strength 12: the baseline),
# then with the keyed hash (HMAC-SHA-256, ADR 0018), and prints p50/p95/p99 submission latency of each.
#
#   bench/apply-bench.sh [seconds]     default 30 s per mode (env: DURATION, READERS=100, WRITERS=5, PORT,
#                                      SKIP_BUILD=1 to use target/gongkai.jar as it is, KEEP=1 to keep the data,
#                                      DATA=<dir> to reuse a data directory a previous run kept)
# Needs: java 17+, maven, curl.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-${DURATION:-30}}
READERS=${READERS:-100}
WRITERS=${WRITERS:-5}
PORT=${PORT:-18093}
WORK=$(mktemp -d /tmp/gongkai-apply-bench.XXXXXX)
APP_PID=""

cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building target/gongkai.jar"
  mvn -B -q -DskipTests package
fi

export GONGKAI_DATA_DIR="${DATA:-$WORK/data}" GONGKAI_DEMO=true

start_app() { # $1: true for the bcrypt baseline
  PORT=$PORT java -Xmx1g -jar target/gongkai.jar --gongkai.bench.bcrypt-query-codes="$1" \
    --gongkai.application.submit-burst=1000000000 --gongkai.application.submit-per-hour=1000000000 \
    > "$WORK/app-$1.log" 2>&1 &
  APP_PID=$!
  # ready when the demo county answers: the web server is up before the first start's demo has committed
  for _ in $(seq 1 900); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/apply?org=qingxi" && return 0
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 1
  done
  echo "the app did not start"; tail -50 "$WORK/app-$1.log"; exit 1
}

stop_app() {
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

if [ -z "${DATA:-}" ]; then
  echo "== first start on a fresh data directory (builds the demo)"
  start_app false
  stop_app
fi

results=()
echo "== each mode: a warm-up pass over every document page (not measured), then the timed load"
for mode in true false; do
  label=$([ "$mode" = true ] && echo "bcrypt12" || echo "hmac")
  echo "== $label: $READERS readers + $WRITERS writers for ${DURATION}s"
  start_app "$mode"
  results+=("$(java bench/ApplyLoad.java "http://127.0.0.1:$PORT" qingxi "$DURATION" "$READERS" "$WRITERS" "$label")")
  stop_app
done

echo
echo "== submission latency (POST /apply), $READERS readers + $WRITERS writers, ${DURATION}s each, $(nproc) cores"
printf '%s\n' "${results[@]}"
