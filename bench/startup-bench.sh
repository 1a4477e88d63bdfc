#!/usr/bin/env bash
# Start-up: wall time from `java … -jar` to the first 200 of `/`, and the JVM's CPU time at that moment, for the
# plain jar against the improved configurations, side by side in one run, N runs each with the median (ADR 0035).
#
#   bench/startup-bench.sh [runs]     default 5 runs per configuration (env: RUNS, PORT, SKIP_BUILD=1,
#                                     FRESH=0 to skip the runs on a fresh data directory, KEEP=1 to keep the work
#                                     directory, BASELINE_JAR=<jar built from an older commit> to add it as a row,
#                                     REPORT=1 to print the slowest start-up steps (GONGKAI_STARTUP_REPORT) once per
#                                     configuration), ONLY="jar jar+aot" to run only the configurations named,
#                                     JAVA_AOTCACHE=<java of JDK 25+> to add the jdk25+aotcache+aot row)
#
# Configurations:
#   jar          java -jar target/gongkai.jar (what the README says)
#   extracted    java -Djarmode=tools -jar gongkai.jar extract; java -jar gongkai/gongkai.jar (no nested jars)
#   extracted+cds  the same with a class-data-sharing archive made by a training run
#                (-XX:ArchiveClassesAtExit with -Dspring.context.exit=onRefresh), used with -XX:SharedArchiveFile
#   jar+aot      the plain jar with Spring AOT's generated bean definitions (-Dspring.aot.enabled=true; the build's
#                process-aot step made them)
#   extracted+cds+aot  the extracted jar with AOT and its own CDS archive, trained with AOT on (what
#                docs/deployment.md tells operators to run)
#   jdk25+aotcache+aot  with JAVA_AOTCACHE set: the extracted jar with Spring AOT on a JDK 25+, whose AOT cache
#                (JEP 483/514/515, -XX:AOTCacheOutput in the training run) replaces the CDS archive
# "existing": a data directory that already holds the demo; "fresh": an empty one (initdb, migrations, then the
# first page; the demo is still being built in the background of that first start when `/` first answers).
# The CPU time is the JVM's own (user + system, all its threads, PostgreSQL not included): less sensitive than wall
# time to other work on the machine, but blind to parallelism. Wall times need a quiet machine; the load is printed.
# Needs: java 17+, maven, curl.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-${RUNS:-5}}
PORT=${PORT:-18093}
FRESH=${FRESH:-1}
WORK=$(mktemp -d /tmp/gongkai-startup.XXXXXX)
APP_PID=""

for tool in java curl; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building target/gongkai.jar"
  mvn -B -q -DskipTests package
fi
echo "== load before: $(uptime)"

echo "== extracting the jar (java -Djarmode=tools -jar target/gongkai.jar extract)"
java -Djarmode=tools -jar target/gongkai.jar extract --destination "$WORK/app" > /dev/null
[ -f "$WORK/app/gongkai.jar" ] || { echo "extract did not give $WORK/app/gongkai.jar"; ls "$WORK/app"; exit 1; }

echo "== CDS training run (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh) on a scratch data directory"
( cd "$WORK/app" && GONGKAI_DATA_DIR="$WORK/training" GONGKAI_DEMO=false PORT=$PORT \
    java -XX:ArchiveClassesAtExit=gongkai.jsa -Dspring.context.exit=onRefresh -jar gongkai.jar > "$WORK/training.log" 2>&1 ) || true
[ -s "$WORK/app/gongkai.jsa" ] || { echo "no CDS archive was written:"; tail -30 "$WORK/training.log"; exit 1; }
echo "   archive: $(du -h "$WORK/app/gongkai.jsa" | cut -f1)"
echo "== the same with Spring AOT on (-Dspring.aot.enabled=true)"
( cd "$WORK/app" && GONGKAI_DATA_DIR="$WORK/training-aot" GONGKAI_DEMO=false PORT=$PORT \
    java -XX:ArchiveClassesAtExit=gongkai-aot.jsa -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
    -jar gongkai.jar > "$WORK/training-aot.log" 2>&1 ) || true
[ -s "$WORK/app/gongkai-aot.jsa" ] || { echo "no CDS archive was written (AOT):"; tail -30 "$WORK/training-aot.log"; exit 1; }
echo "   archive: $(du -h "$WORK/app/gongkai-aot.jsa" | cut -f1)"
if [ -n "${JAVA_AOTCACHE:-}" ]; then
  echo "== AOT cache training run on $("$JAVA_AOTCACHE" -version 2>&1 | head -1)"
  ( cd "$WORK/app" && GONGKAI_DATA_DIR="$WORK/training-25" GONGKAI_DEMO=false PORT=$PORT \
      "$JAVA_AOTCACHE" -XX:AOTCacheOutput=gongkai.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
      -jar gongkai.jar > "$WORK/training-25.log" 2>&1 ) || true
  [ -s "$WORK/app/gongkai.aot" ] || { echo "no AOT cache was written:"; tail -30 "$WORK/training-25.log"; exit 1; }
fi

# label → command (run in $WORK/app so that relative paths of the archive hold)
declare -A CMD
LABELS=()
if [ -n "${BASELINE_JAR:-}" ]; then
  cp "$BASELINE_JAR" "$WORK/baseline.jar"
  LABELS+=(baseline-jar); CMD[baseline-jar]="java -jar $WORK/baseline.jar"
fi
LABELS+=(jar jar+aot extracted extracted+cds extracted+cds+aot)
CMD[jar]="java -jar $PWD/target/gongkai.jar"
CMD[jar+aot]="java -Dspring.aot.enabled=true -jar $PWD/target/gongkai.jar"
CMD[extracted]="java -jar $WORK/app/gongkai.jar"
CMD[extracted+cds]="java -XX:SharedArchiveFile=$WORK/app/gongkai.jsa -jar $WORK/app/gongkai.jar"
CMD[extracted+cds+aot]="java -XX:SharedArchiveFile=$WORK/app/gongkai-aot.jsa -Dspring.aot.enabled=true -jar $WORK/app/gongkai.jar"
if [ -n "${JAVA_AOTCACHE:-}" ]; then
  LABELS+=(jdk25+aotcache+aot)
  CMD[jdk25+aotcache+aot]="$JAVA_AOTCACHE -XX:AOTCache=$WORK/app/gongkai.aot -Dspring.aot.enabled=true -jar $WORK/app/gongkai.jar"
fi
if [ -n "${ONLY:-}" ]; then
  kept=()
  for label in "${LABELS[@]}"; do [[ " $ONLY " == *" $label "* ]] && kept+=("$label"); done
  LABELS=("${kept[@]}")
fi

# one start: prints "<wall ms> <cpu ms>"; $1 label, $2 data dir, $3 log, $4 wait for the demo to be built (1/0)
start_once() {
  local t0 t1 cpu hz
  hz=$(getconf CLK_TCK)
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$WORK/app" && GONGKAI_DATA_DIR="$2" PORT=$PORT GONGKAI_STARTUP_REPORT=${STARTUP_REPORT:-false} \
      exec ${CMD[$1]}) > "$3" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app exited:" >&2; tail -30 "$3" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  cpu=$(awk -v hz="$hz" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$APP_PID/stat")
  if [ "$4" = 1 ] || [ "${STARTUP_REPORT:-false}" = true ]; then
    local pattern="demo content built"
    [ "${STARTUP_REPORT:-false}" = true ] && pattern="slowest steps by their own time"
    until grep -q "$pattern" "$3"; do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 0.5
    done
    sleep 1
  fi
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  echo "$(( (t1 - t0) / 1000000 )) $cpu"
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

echo "== preparing an existing data directory (first start with the demo, then stopped)"
start_once jar "$WORK/existing" "$WORK/prepare.log" 1 > /dev/null

declare -A WALL CPU
KINDS=(existing); [ "$FRESH" = 1 ] && KINDS+=(fresh)
for run in $(seq 1 "$RUNS"); do
  for kind in "${KINDS[@]}"; do
    for label in "${LABELS[@]}"; do   # interleaved, so that a change of load hits every configuration alike
      dir="$WORK/existing"
      [ "$kind" = fresh ] && dir="$WORK/fresh-$label-$run"
      read -r wall cpu < <(start_once "$label" "$dir" "$WORK/$label-$kind-$run.log" 0)
      [ "$kind" = fresh ] && rm -rf "$dir"
      WALL[$label/$kind]+="$wall "; CPU[$label/$kind]+="$cpu "
      printf '   run %d %-8s %-14s %6d ms wall %6d ms cpu   (load %s)\n' "$run" "$kind" "$label" "$wall" "$cpu" \
        "$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done

if [ "${REPORT:-0}" = 1 ]; then
  for label in "${LABELS[@]}"; do
    echo "== start-up report, $label, existing data directory"
    STARTUP_REPORT=true start_once "$label" "$WORK/existing" "$WORK/$label-report.log" 0 > /dev/null
    sed -n '/== start-up report/,/sum over all bean/p' "$WORK/$label-report.log"
  done
fi

echo
echo "== first 200 of / after java -jar: median of $RUNS (ms); cores: $(nproc); $(java -version 2>&1 | head -1)"
printf '%-16s %-9s %10s %10s   %s\n' configuration data "wall" "jvm cpu" "all wall figures"
for kind in "${KINDS[@]}"; do
  for label in "${LABELS[@]}"; do
    w=$(tr ' ' '\n' <<< "${WALL[$label/$kind]}" | grep . | median)
    c=$(tr ' ' '\n' <<< "${CPU[$label/$kind]}" | grep . | median)
    printf '%-16s %-9s %10s %10s   %s\n' "$label" "$kind" "$w" "$c" "${WALL[$label/$kind]}"
  done
done
echo "== load after: $(uptime)"
