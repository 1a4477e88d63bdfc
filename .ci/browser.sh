#!/usr/bin/env bash
# Browser tests: Selenium with Debian's chromium and chromedriver (headless), axe-core from npm, then
# `mvn -B verify -Pbrowser` (the unit and integration suite, then the *BrowserIT classes through failsafe).
# A missing browser, driver or axe-core makes the browser tests fail, not skip.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== installing chromium, chromium-driver and npm"
export DEBIAN_FRONTEND=noninteractive
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v npm >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver npm >/dev/null
fi
chromium --version
chromedriver --version

echo "== installing axe-core 4 into target/axe"
mkdir -p target/axe
npm install --prefix target/axe --no-audit --no-fund --silent axe-core@4
test -r target/axe/node_modules/axe-core/axe.min.js

echo "== browser tests: mvn -B verify -Pbrowser (the unit suite already ran)"
mvn -B -ntp verify -Pbrowser -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
