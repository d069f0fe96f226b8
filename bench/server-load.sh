#!/usr/bin/env bash
# Load test of `sitrep serve`: 200 page clients for 60 s on loopback while hostile clients send slow and huge
# /api/sql queries. Builds the store from AllSides articles once (until it holds at least 3,000 events), starts
# the server, runs bench/LoadTest.java and stops the server. Timed figures need a quiet machine.
#
#   bench/server-load.sh [STORE] [CLIENTS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:-target/bench/allsides-3000.duckdb}
clients=${2:-200}
seconds=${3:-60}
corpus=${SITREP_CORPUS:-../shared/corpora/allsides/articles.jsonl.gz}
[ -f "$corpus" ] || corpus=/work/shared/corpora/allsides/articles.jsonl.gz
mkdir -p "$(dirname "$store")"

events() {
  ./sitrep sql "SELECT count(*) FROM events" --db "$store" | sed -n 3p | tr -d ' '
}

# Articles already stored are skipped as duplicates, so a larger --limit only adds the rest.
limit=420
while [ ! -f "$store" ] || [ "$(events)" -lt 3000 ]; do
  ./sitrep ingest "$corpus" --db "$store" --limit "$limit" >&2
  limit=$(( limit + 100 ))
done
echo "store $store: $(events) events" >&2

log=$(mktemp)
./sitrep serve --db "$store" --port 0 > "$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 120); do
  port=$(sed -n 's#.*http://127.0.0.1:\([0-9]*\)/.*#\1#p' "$log")
  [ -n "$port" ] && break
  sleep 1
done
[ -n "${port:-}" ] || { cat "$log" >&2; echo "the server did not start" >&2; exit 1; }
echo "server on port $port; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java bench/LoadTest.java "$port" "$clients" "$seconds"
