#!/usr/bin/env bash
# Portal speed: the app serving a document page and a home page from its page cache, against nginx serving the
# identical bytes as static files, both measured with wrk in the same run. Prints requests/s, p99 and the ratio.
#
#   bench/portal-bench.sh [documents]        default 10000 documents (env: DOCS, PORT, NGINX_PORT, DURATION,
#                                            CONNECTIONS, THREADS, SKIP_BUILD=1, KEEP=1 to keep the data directory)
# Needs: java 17+, maven, wrk and nginx (Debian packages: apt-get install -y wrk nginx).
set -euo pipefail
cd "$(dirname "$0")/.."

DOCS=${1:-${DOCS:-10000}}
PORT=${PORT:-18091}
NGINX_PORT=${NGINX_PORT:-18092}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WORK=$(mktemp -d /tmp/gongkai-bench.XXXXXX)
APP_PID=""
NGINX_PID=""

for tool in wrk nginx java curl; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y wrk nginx)" >&2; exit 1; }
done

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building target/gongkai.jar"
  mvn -B -q -DskipTests package
fi

export GONGKAI_DATA_DIR="$WORK/data" GONGKAI_DEMO=false
echo "== generating $DOCS published documents (demo-generate, through the workflow services)"
start=$(date +%s)
java -jar target/gongkai.jar demo-generate --documents "$DOCS" 2>&1 | tail -n 1
echo "   took $(( $(date +%s) - start )) s"

echo "== starting the app on port $PORT"
PORT=$PORT java -Xmx1g -jar target/gongkai.jar > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/robots.txt" && break
  sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/robots.txt" || { echo "the app did not start"; tail -50 "$WORK/app.log"; exit 1; }

DOC_PATH=$(curl -fs "http://127.0.0.1:$PORT/sitemap.xml" | grep -o '/documents/[0-9]*' | sed -n "$(( (DOCS + 1) / 2 ))p")
[ -n "$DOC_PATH" ] || DOC_PATH=$(curl -fs "http://127.0.0.1:$PORT/sitemap.xml" | grep -o '/documents/[0-9]*' | head -1)
HOME_PATH=/

echo "== static copies for nginx"
mkdir -p "$WORK/www/documents" "$WORK/nginx/logs"
for p in "$DOC_PATH" "$HOME_PATH"; do
  f="$WORK/www${p%/}"; [ "$p" = / ] && f="$WORK/www/index.html"
  curl -fs "http://127.0.0.1:$PORT$p" -o /dev/null               # render once into the page cache
  curl -fs "http://127.0.0.1:$PORT$p" -o "$f"                    # identical bytes, identity encoding
  curl -fs -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$p" -o "$f.gz"   # the app's precompressed bytes
  echo "   $p: $(wc -c < "$f") bytes, gzip $(wc -c < "$f.gz") bytes"
done
chmod a+rx "$WORK"; chmod -R a+rX "$WORK/www"   # nginx workers run as an unprivileged user
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; }
  default_type text/html;
  gzip_static on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    index index.html;
    etag on;
    add_header Cache-Control "public, no-cache";
  }
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
for _ in $(seq 1 20); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break; sleep 0.5; done
for p in "$DOC_PATH" "$HOME_PATH"; do
  cmp <(curl -fs "http://127.0.0.1:$PORT$p") <(curl -fs "http://127.0.0.1:$NGINX_PORT$p") \
    || { echo "nginx does not serve the same bytes for $p"; exit 1; }
done

measure() { # label url [header]
  local out
  if [ -n "${3:-}" ]; then
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$3" "$2")
  else
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$2")
  fi
  local rps p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ' || true)
  printf '%-34s %12s req/s   p99 %8s %s\n' "$1" "$rps" "$p99" "$errors" >&2
  echo "$rps"
}

echo "== wrk: $THREADS threads, $CONNECTIONS connections, $DURATION each (warm-up 3 s first)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "http://127.0.0.1:$PORT$DOC_PATH" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "http://127.0.0.1:$NGINX_PORT$DOC_PATH" > /dev/null
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
for enc in identity gzip; do
  header=""; [ "$enc" = gzip ] && header="Accept-Encoding: gzip"
  for page in "$DOC_PATH" "$HOME_PATH"; do
    name=document; [ "$page" = / ] && name=home
    app=$(measure "app   $name ($enc)" "http://127.0.0.1:$PORT$page" "$header")
    ngx=$(measure "nginx $name ($enc)" "http://127.0.0.1:$NGINX_PORT$page" "$header")
    echo "   ratio app/nginx, $name ($enc): $(ratio "$app" "$ngx")"
  done
done
echo "== $DOCS documents; document page $DOC_PATH; cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
