#!/usr/bin/env bash
# A single-node OpenSearch for the OpenSearch contract suite and the search benchmark (ADR 0027).
# Usage: bench/opensearch.sh start|stop|status
#   start  copies the integ-test distribution from Maven (org.opensearch.distribution.integ-test-zip:opensearch:zip,
#          no security plugin, no analysis-common: Gongkai indexes pre-analysed tokens), unzips it into
#          target/opensearch, and starts it in the background; returns when http://localhost:$OPENSEARCH_PORT answers.
#   stop   stops the node this script started (by its pid file).
# OpenSearch refuses to run as root: as root the node runs in a user namespace (unshare -U, mapped to an unprivileged
# uid), which needs nothing installed, or where namespaces are not allowed as a dedicated system user (useradd). Environment: OPENSEARCH_VERSION (2.19.4), OPENSEARCH_PORT (9200),
# OPENSEARCH_JAVA_OPTS (-Xms256m -Xmx512m), OPENSEARCH_HOME_DIR (target/opensearch).
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=${OPENSEARCH_VERSION:-2.19.4}
PORT=${OPENSEARCH_PORT:-9200}
BASE=${OPENSEARCH_HOME_DIR:-$PWD/target/opensearch}
HOME_DIR="$BASE/opensearch-$VERSION"
PID_FILE="$BASE/opensearch.pid"
LOG="$BASE/opensearch.out"
URL="http://localhost:$PORT"

answers() {
  curl -fsS -m 2 "$URL" >/dev/null 2>&1
}

start() {
  if answers; then
    echo "OpenSearch already answers at $URL"
    return 0
  fi
  mkdir -p "$BASE"
  if [ ! -x "$HOME_DIR/bin/opensearch" ]; then
    mvn -B -q ${MAVEN_OFFLINE:+-o} dependency:copy \
      -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip" -DoutputDirectory="$BASE"
    (cd "$BASE" && unzip -q -o "opensearch-$VERSION.zip" && rm -f "opensearch-$VERSION.zip")
  fi
  local java_home
  java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  export OPENSEARCH_JAVA_HOME=${OPENSEARCH_JAVA_HOME:-$java_home}
  export OPENSEARCH_JAVA_OPTS=${OPENSEARCH_JAVA_OPTS:--Xms256m -Xmx512m}
  local args=(-Ediscovery.type=single-node -Ehttp.port="$PORT" -Enetwork.host=127.0.0.1
    -Ecluster.name=gongkai-test -Epath.data="$BASE/data" -Epath.logs="$BASE/logs"
    -Ecluster.routing.allocation.disk.threshold_enabled=false)
  mkdir -p "$BASE/data" "$BASE/logs"
  if [ "$(id -u)" = 0 ] && unshare -U --map-user=1000 --map-group=1000 true 2>/dev/null; then
    # OpenSearch refuses uid 0; in a new user namespace this process is uid 1000 (mapped back to root outside,
    # so the files it writes stay ours)
    setsid unshare -U --map-user=1000 --map-group=1000 "$HOME_DIR/bin/opensearch" "${args[@]}" >"$LOG" 2>&1 &
  elif [ "$(id -u)" = 0 ]; then
    # no user namespaces here (a container without them): a dedicated unprivileged user instead
    id gongkai-search >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin gongkai-search
    chown -R gongkai-search "$BASE"
    setsid runuser -u gongkai-search -- env OPENSEARCH_JAVA_HOME="$OPENSEARCH_JAVA_HOME" \
      OPENSEARCH_JAVA_OPTS="$OPENSEARCH_JAVA_OPTS" "$HOME_DIR/bin/opensearch" "${args[@]}" >"$LOG" 2>&1 &
  else
    setsid "$HOME_DIR/bin/opensearch" "${args[@]}" >"$LOG" 2>&1 &
  fi
  echo $! >"$PID_FILE"
  for _ in $(seq 1 240); do
    if answers; then
      echo "OpenSearch $VERSION answers at $URL (pid $(cat "$PID_FILE"))"
      return 0
    fi
    if ! kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
      echo "OpenSearch exited; the end of $LOG:" >&2
      tail -40 "$LOG" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "OpenSearch did not answer at $URL within 120 s; the end of $LOG:" >&2
  tail -40 "$LOG" >&2
  return 1
}

stop() {
  if [ ! -f "$PID_FILE" ]; then
    echo "no OpenSearch started by this script"
    return 0
  fi
  local pid
  pid=$(cat "$PID_FILE")
  # setsid made the node the leader of its own process group: end that group only
  kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -9 -- "-$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  echo "OpenSearch stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if answers; then curl -fsS "$URL"; else echo "no OpenSearch at $URL"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
