#!/usr/bin/env bash
# Odd inputs for `sitrep ingest` (issue 14): special files, encodings, line ends, invisible text, deep JSON.
#
# Writes one folder of awkward inputs, ingests it with a time limit (a hang fails the run), then prints what
# became of each: coded articles by title, skipped records by reason and message, and the run's summary,
# whose read count must equal coded plus skipped.
#
# Usage: bench/odd-inputs.sh [WORKDIR]     SITREP_BIN may name another launcher.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sitrep="${SITREP_BIN:-$root/sitrep}"
work="${1:-$(mktemp -d)}"
corpus="$work/odd"
rm -rf "$corpus" "$work/odd.duckdb"*
mkdir -p "$corpus"
cd "$corpus"

text='Kestria recalls envoy
Kestria recalled its ambassador from Norland on Monday after a border dispute.'
mkfifo fifo.jsonl
ln -s /dev/zero zero.json
printf '\xc2\xa0\xc2\xa0\n\xe2\x80\xaf\n' > nbsp-only.txt
printf '\xe2\x80\x8b\xe2\x80\x8c\xe2\x80\x8d\n' > zero-width-only.txt
printf '\xef\xbb\xbf\xef\xbb\xbf\xef\xbb\xbf' > bom-only.txt
{ printf '\xff\xfe'; printf '%s' "$text" | iconv -f UTF-8 -t UTF-16LE; } > utf16le.txt
{ printf '\xfe\xff'; printf '%s' "$text" | iconv -f UTF-8 -t UTF-16BE; } > utf16be.txt
{ printf '\xff\xfe\x00\x00'; printf '%s' "$text" | iconv -f UTF-8 -t UTF-32LE; } > utf32le.txt
{ printf '\x00\x00\xfe\xff'; printf '%s' "$text" | iconv -f UTF-8 -t UTF-32BE; } > utf32be.txt
{ printf '\xff\xfe'; printf '{"title": "Norland votes", "text": "Norland held a vote on Sunday."}\n' \
    | iconv -f UTF-8 -t UTF-16LE; } > utf16.jsonl
printf '{"title": "Vallonia protests", "text": "Vallonia protested the vote."}\r{"title": "Kestria abstains", "text": "Kestria abstained from the vote."}\r' > cr-only.jsonl
printf 'Old Mac headline\r\rThe body of an old Mac file.\rIts second line.\r' > cr-only.txt
deep="$(printf '[%.0s' $(seq 1 3000))$(printf ']%.0s' $(seq 1 3000))"
printf '{"title": "deep", "text": "deep", "extra": %s}\n' "$deep" > deep.jsonl
printf '[\n{"title": "deep", "text": "deep", "extra": %s}\n]\n' "$deep" > deep.json
printf '\x7fELF\x00\x00\x01\x02' > binary.txt
: > empty.txt
printf '{"title": "cut off", "text": "no end\n' > malformed.jsonl
cd - > /dev/null

start=$(date +%s.%N)
status=0
timeout 300 "$sitrep" ingest "$corpus" --db "$work/odd.duckdb" --threads 2 > "$work/odd.out" 2> "$work/odd.err" || status=$?
end=$(date +%s.%N)
printf 'ingest exit %s in %.1f s: %s\n' "$status" "$(echo "$end - $start" | bc)" "$(head -1 "$work/odd.out")"
[ "$status" = 0 ] || { tail -3 "$work/odd.err" >&2; exit 1; }
"$sitrep" sql "SELECT regexp_replace(origin, '^.*/odd/', '') AS input, 'coded' AS outcome, title AS detail
               FROM articles WHERE NOT skipped
               UNION ALL
               SELECT regexp_replace(origin, '^.*/odd/', ''), kind, message FROM problems
               ORDER BY input" --db "$work/odd.duckdb" --max-rows 1000
read=$(sed -n 's/^read \([0-9]*\), coded \([0-9]*\), skipped \([0-9]*\).*/\1 \2 \3/p' "$work/odd.out")
set -- $read
[ "$1" = $(( $2 + $3 )) ] || { echo "read $1 != coded $2 + skipped $3" >&2; exit 1; }
