#!/usr/bin/env bash
# Clean import over a corpus of tampered pages built in code from clean texts (ImportCorpus: substituted domains,
# brand substitution, mojibake both ways, merged sports headlines, page chrome, pornography and gambling headers,
# emoji/pinyin, an HTML frame, and clean pages including a 印发 notice with its cover letter). Prints the share of
# pages with no residue (spam kept without a flag) and the share of original text kept, for the old cleaner
# (built from OLD_REF, default: the commit before issue 15) and this tree's, in the same run.
#
#   bench/import-bench.sh            env: OLD_REF (git commit of the old cleaner), SKIP_BUILD=1
# Needs: java 17+, maven, git.
set -euo pipefail
cd "$(dirname "$0")/.."

OLD_REF=${OLD_REF:-55f9d42}
WORK=$(mktemp -d /tmp/gongkai-import-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== compiling (main and test classes)"
  mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
fi
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null 2>&1 \
  || mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"

OLD_ARGS=()
if git cat-file -e "$OLD_REF^{commit}" 2>/dev/null; then
  echo "== building the old cleaner from $OLD_REF"
  mkdir -p "$WORK/old-src" "$WORK/old-classes/integrity"
  base=src/main/java/org/gongkai/integrity
  for f in PageCleaner CleanedDocument Removal RemovalKind RemovalSummary SpamLexicon; do
    mkdir -p "$WORK/old-src/$(dirname "$base/$f.java")"
    git show "$OLD_REF:$base/$f.java" > "$WORK/old-src/$base/$f.java"
  done
  mkdir -p "$WORK/old-src/$base/clean"
  for f in $(git ls-tree --name-only "$OLD_REF" "$base/clean/"); do
    git show "$OLD_REF:$f" > "$WORK/old-src/$f"
  done
  git show "$OLD_REF:src/main/resources/integrity/spam-lexicon.txt" > "$WORK/old-classes/integrity/spam-lexicon.txt"
  javac -nowarn -encoding UTF-8 -d "$WORK/old-classes" -cp "$(cat "$WORK/cp.txt")" $(find "$WORK/old-src" -name '*.java')
  OLD_ARGS=("$WORK/old-classes" "$OLD_REF")
else
  echo "== $OLD_REF not found: measuring this tree only"
fi

echo "== scoring"
java -cp "$CP" org.gongkai.integrity.bench.ImportBench "${OLD_ARGS[@]}"
