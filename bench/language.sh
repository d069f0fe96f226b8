#!/usr/bin/env bash
# Language detectors compared for the English-only check (issue 16): sitrep's built-in guesser, Lingua 1.2.2
# (7 or 24 languages, low- and high-accuracy modes) and optimaize language-detector 0.6. Prints load time,
# time per article (first 1,000 characters of AllSides articles), AllSides articles kept as English, and
# labels on invented fixtures; then the jar sizes each detector adds. Timed figures need a quiet machine.
#
#   bench/language.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
corpus=${SITREP_CORPUS:-../shared/corpora/allsides/articles.jsonl.gz}
[ -f "$corpus" ] || corpus=/work/shared/corpora/allsides/articles.jsonl.gz
./sitrep --version >/dev/null  # builds when needed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -f bench/language/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/detectors.txt"
# sitrep-core and Jackson only: the app's class path holds a newer Kotlin than Lingua's.
jackson=$(tr ':' '\n' < sitrep-app/target/classpath.txt | grep /jackson- | paste -sd:)
cp="sitrep-core/target/classes:$jackson:$(cat "$work/detectors.txt")"
fixtures="sitrep-core/src/test/resources/org/sitrep/ingest/internal/languages.tsv bench/fixtures/languages-hard.tsv"
for detector in builtin optimaize lingua7-low lingua24-low lingua24; do
  # shellcheck disable=SC2086
  java -Xmx3g -cp "$cp" bench/LanguageBench.java "$detector" "$corpus" "$count" 1000 $fixtures 2>/dev/null
done
echo "== jars each detector adds (bytes)"
tr ':' '\n' < "$work/detectors.txt" | xargs ls -l | awk '{print $5, $9}'
