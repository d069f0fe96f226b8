#!/usr/bin/env bash
# Measurements of continuous operation (issue 16): per-batch merge time with 5,000 and 20,000 stored articles
# (synthesized coded events, not parsed: see bench/ContinuousBench.java), and watch latency from a file dropped
# into the folder of a running `sitrep serve --watch` to the article and its merged events in the API (real
# CoreNLP pipeline, AllSides articles from the shared corpus). Timed figures need a quiet machine.
#
#   bench/continuous.sh [ARTICLES_FOR_LATENCY]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-8}
corpus=${SITREP_CORPUS:-../shared/corpora/allsides/articles.jsonl.gz}
[ -f "$corpus" ] || corpus=/work/shared/corpora/allsides/articles.jsonl.gz
./sitrep --version >/dev/null  # builds when needed
cp="sitrep-app/target/classes:$(cat sitrep-app/target/classpath.txt)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== merge time per batch"
for n in 5000 20000; do
  java -Xmx2g -cp "$cp" bench/ContinuousBench.java merge "$n" "$work"
done

echo "== the same, both stores merged in turns (the machine's load weighs on both alike)"
java -Xmx2g -cp "$cp" bench/ContinuousBench.java interleaved 5000 20000 "$work"

echo "== watch latency, file to API"
mkdir -p "$work/inbox"
log="$work/serve.log"
./sitrep serve --db "$work/live.duckdb" --port 0 --watch "$work/inbox" --interval 0.2 --settle 0.2 \
  --watch-threads 2 > "$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
port=""
for _ in $(seq 600); do
  port=$(sed -n 's|.* at http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$log" | head -1)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { cat "$log" >&2; exit 1; }
java -cp "$cp" bench/ContinuousBench.java latency "$port" "$work/inbox" "$corpus" "$count"
