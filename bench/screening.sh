#!/usr/bin/env bash
# Screening throughput: generates a deterministic set of Chinese documents (default 50 MB UTF-8) with personal data
# sprinkled in, screens it with every detector and prints MB/s beside a one-regex baseline over the same text.
# Usage: bench/screening.sh [MB]      (runs without a database: the benchmark class is started directly)
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-50}"
if [ ! -f target/gongkai.jar ] || [ -n "$(find src/main -newer target/gongkai.jar -print -quit)" ]; then
  mvn -B -q -DskipTests package
fi
exec java -Xmx2g -Dloader.main=org.gongkai.demo.ScreeningBenchmark \
  -cp target/gongkai.jar org.springframework.boot.loader.launch.PropertiesLauncher --mb "$MB"
