#!/usr/bin/env bash
# Crash and disk-full harness for `sitrep ingest` (issue 14): nothing lost, nothing doubled, no orphan.
#
# Ingests the small invented corpus of bench/fixtures/faults once cleanly (the reference), then again into
# fresh stores while killing the child ingest at many points: at the N-th row, article, commit, merge and
# checkpoint through SITREP_FAULT=halt:POINT:N (the process ends at once with status 137, as kill -9), and
# by real SIGKILLs at random moments once the store is being written. After every kill the store must hold
# no orphan and no half article: each article it holds has exactly the reference's rows in every table
# (article, text, events, mentions, places, quotes, copies, problems) and nothing else. Kills are chained on
# one store, each run resuming the last; a final clean run must then leave the store equal to the reference,
# merged tables included. Failed writes (a simulated I/O error at a commit, a failed final checkpoint, and a
# full tmpfs when this machine lets us mount one) must exit 1, and a re-run must again give the reference.
#
# Usage: bench/fault-harness.sh [WORKDIR]   (exit 0 when every check holds; a table of outcomes on stdout)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The launcher to test; another one (a frozen build) may be given.
sitrep="${SITREP_BIN:-$root/sitrep}"
corpus="$root/bench/fixtures/faults"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
mnt=""
cleanup() {
  if [ -n "$mnt" ] && mountpoint -q "$mnt"; then umount "$mnt" || true; fi
}
trap cleanup EXIT

# Small commit batches, so that a 17-record corpus is committed in several transactions.
export SITREP_STORE_BATCH=3
RANDOM=14
started=$(date +%s)
kills=0
failures=0

# One line per (table, article) with its row count and a digest of its rows; rejected records are keyed by
# origin, the merged tables as a whole. ingested_at is the only column that differs between equal runs.
digest_sql="WITH r AS (
  SELECT 'articles' AS t, id AS k, CAST(a AS VARCHAR) AS v FROM (SELECT * EXCLUDE (ingested_at) FROM articles) a
  UNION ALL SELECT 'article_texts', article_id, CAST(x AS VARCHAR) FROM article_texts x
  UNION ALL SELECT 'events', article_id, CAST(x AS VARCHAR) FROM events x
  UNION ALL SELECT 'mentions', article_id, CAST(x AS VARCHAR) FROM mentions x
  UNION ALL SELECT 'places', article_id, CAST(x AS VARCHAR) FROM places x
  UNION ALL SELECT 'quotes', article_id, CAST(x AS VARCHAR) FROM quotes x
  UNION ALL SELECT 'quote_events', article_id, CAST(x AS VARCHAR) FROM quote_events x
  UNION ALL SELECT 'copies', article_id, CAST(x AS VARCHAR) FROM copies x
  UNION ALL SELECT 'problems', coalesce(article_id, 'record:' || origin), CAST(x AS VARCHAR) FROM problems x
  UNION ALL SELECT 'merged_events', '*', CAST(x AS VARCHAR) FROM merged_events x
  UNION ALL SELECT 'event_mentions', '*', CAST(x AS VARCHAR) FROM event_mentions x)
SELECT '@ ' || t || ' ' || k || ' ' || count(*) || ' ' || md5(string_agg(v, chr(10) ORDER BY v)) AS line
FROM r GROUP BY t, k ORDER BY line"

digest() { # db out
  # A store killed before its schema was committed holds no table at all: that is an empty store, no damage.
  if ! "$sitrep" sql "$digest_sql" --db "$1" --max-rows 1000000 > "$2.raw" 2> "$2.err"; then
    if [ ! -s "$1" ] || grep -q 'lacks tables \[schema_version, articles, events, mentions, problems\]' "$2.err"; then
      : > "$2"
      return 0
    fi
    echo "cannot read $1: $(cat "$2.err")" > "$2"
    return 0
  fi
  sed -n 's/^@ \(.*[^ ]\) *$/\1/p' "$2.raw" | sort > "$2"
}

ingest() { # db [SITREP_FAULT]; prints the exit status
  local status=0
  SITREP_FAULT="${2:-}" "$sitrep" ingest "$corpus" --db "$1" --threads 2 >"$work/out.txt" 2>"$work/err.txt" \
    || status=$?
  echo "$status"
}

row() { printf '%-28s %-26s %-8s %s\n' "$@"; }

fail() {
  failures=$((failures + 1))
  row "$1" "$2" "$3" "FAIL: $4"
}

# After a kill: every line of the store is a reference line (no doubled or half article, nothing foreign),
# no row lacks its article, and each stored article has all its reference rows.
check_partial() { # db label action status
  local now="$work/now.txt" problem=""
  digest "$1" "$now"
  grep -v -e '^merged_events ' -e '^event_mentions ' "$now" > "$now.own" || true
  local extra
  extra="$(comm -23 "$now.own" "$reference" | head -3)"
  [ -z "$extra" ] || problem="rows unlike the reference: $extra"
  local stored
  stored="$(awk '$1 == "articles" {print $2}' "$now" | sort -u)"
  local orphan
  orphan="$(awk '$1 != "articles" && $1 != "merged_events" && $1 != "event_mentions" && $2 !~ /^record:/ {print $2}' \
    "$now" | sort -u | comm -23 - <(echo "$stored") | head -3)"
  [ -z "$orphan" ] || problem="$problem orphan rows of articles not stored: $orphan"
  local missing
  missing="$(awk 'NR == FNR {keep[$1]; next} ($2 in keep)' <(echo "$stored") "$reference" | comm -23 - "$now" | head -3)"
  [ -z "$missing" ] || problem="$problem stored articles lacking rows: $missing"
  local articles
  articles="$(echo "$stored" | grep -c . || true)"
  if [ -n "$problem" ]; then
    fail "$2" "$3" "$4" "$problem"
  else
    row "$2" "$3" "$4" "ok: $articles of $reference_articles articles stored whole, 0 orphans"
  fi
}

check_equal() { # db label action status
  local now="$work/now.txt"
  digest "$1" "$now"
  if cmp -s "$now" "$reference"; then
    row "$2" "$3" "$4" "ok: equals the clean run ($(wc -l < "$reference") table/article digests)"
  else
    fail "$2" "$3" "$4" "differs from the clean run: $(diff "$reference" "$now" | head -4 | tr '\n' ' ')"
  fi
}

row "STORE" "ACTION" "STATUS" "OUTCOME"
reference="$work/reference.txt"
rm -f "$work/reference.duckdb"*
status=$(ingest "$work/reference.duckdb")
[ "$status" = 0 ] || { echo "clean ingest failed ($status): $(cat "$work/err.txt")" >&2; exit 1; }
digest "$work/reference.duckdb" "$reference"
reference_articles="$(awk '$1 == "articles"' "$reference" | wc -l)"
row "reference" "clean ingest" "0" "$(head -1 "$work/out.txt")"

# Chains of kills on one store each; the count of a point restarts with every process.
chains=(
  "row:5 row:60 row:150 row:40 row:90 row:30"
  "article:1 article:4 article:2 article:7 article:3 article:2"
  "commit:1 commit:3 commit:4 commit:5 merge:1 checkpoint:1"
  "article:5 row:100 commit:2"
)
chain_number=0
for chain in "${chains[@]}"; do
  chain_number=$((chain_number + 1))
  db="$work/chain$chain_number.duckdb"
  rm -f "$db"*
  for point in $chain; do
    status=$(ingest "$db" "halt:$point")
    if [ "$status" = 137 ]; then
      kills=$((kills + 1))
      check_partial "$db" "chain $chain_number" "halt at $point" "$status"
    elif [ "$status" = 0 ]; then
      row "chain $chain_number" "halt at $point" "$status" "point not reached: the run finished"
    else
      fail "chain $chain_number" "halt at $point" "$status" "$(tail -1 "$work/err.txt")"
    fi
  done
  status=$(ingest "$db")
  [ "$status" = 0 ] || fail "chain $chain_number" "re-run" "$status" "$(tail -1 "$work/err.txt")"
  check_equal "$db" "chain $chain_number" "re-run" "$status"
done

# Real SIGKILLs at random moments of the coding phase: within a second after the ingest reports its first
# article read (its progress line on stderr), when articles are being coded and committed.
db="$work/sigkill.duckdb"
rm -f "$db"*
for attempt in 1 2 3 4 5 6; do
  SITREP_FAULT="" "$sitrep" ingest "$corpus" --db "$db" --threads 2 >"$work/out.txt" 2>"$work/err.txt" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null && ! grep -q '^read ' "$work/err.txt"; do sleep 0.05; done
  delay="0.$((RANDOM % 10))"
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then
    status=0
    wait "$pid" || status=$?
    kills=$((kills + 1))
    check_partial "$db" "sigkill" "kill -9 read+${delay}s" "$status"
  else
    status=0
    wait "$pid" || status=$?
    row "sigkill" "kill -9 read+${delay}s" "$status" "too late: the run finished"
  fi
done
status=$(ingest "$db")
check_equal "$db" "sigkill" "re-run" "$status"

# Failed writes: exit 1, nothing half-stored, and the re-run codes what was rolled back.
for point in commit:2 checkpoint:1; do
  db="$work/fail-${point%%:*}.duckdb"
  rm -f "$db"*
  status=$(ingest "$db" "fail:$point")
  if [ "$status" = 1 ]; then
    row "fail $point" "simulated I/O error" "$status" "$(tail -1 "$work/err.txt" | cut -c1-110)"
  else
    fail "fail $point" "simulated I/O error" "$status" "expected exit 1"
  fi
  status=$(ingest "$db")
  check_equal "$db" "fail $point" "re-run" "$status"
done

# A real full disk, when this machine lets us mount a small tmpfs: the store needs about 4 MB.
mnt="$work/tmpfs"
mkdir -p "$mnt"
if mount -t tmpfs -o size=64m tmpfs "$mnt" 2>/dev/null; then
  umount "$mnt"
  # Both sizes hold the write-ahead log of this small corpus but not the checkpointed file (about 4 MB).
  for size in 256k 1m; do
    mount -t tmpfs -o size=$size tmpfs "$mnt"
    status=$(ingest "$mnt/store.duckdb")
    if [ "$status" = 1 ]; then
      row "tmpfs $size" "disk full" "$status" "$(tail -1 "$work/err.txt" | cut -c1-110)"
    else
      fail "tmpfs $size" "disk full" "$status" "expected exit 1"
    fi
    mount -o remount,size=64m "$mnt"
    status=$(ingest "$mnt/store.duckdb")
    check_equal "$mnt/store.duckdb" "tmpfs $size -> 64m" "re-run" "$status"
    umount "$mnt"
  done
else
  row "tmpfs" "disk full" "-" "skipped: cannot mount a tmpfs here (the simulated failures above stand in)"
fi
mnt=""

echo "kills: $kills, failed checks: $failures, $(( $(date +%s) - started )) s"
if [ "$kills" -lt 20 ]; then
  echo "fault-harness: only $kills kills landed; at least 20 are needed" >&2
  exit 1
fi
[ "$failures" = 0 ]
