#!/usr/bin/env bash
# Long-article benchmark (issue 14): the work of coding one article must grow about linearly with its length.
#
# Generates invented articles of growing length from fixed templates (seeded, so every run codes the same
# text) and times `sitrep code` on each, less the start-up time of coding a one-line article:
#   places N  - N sentences naming two towns each (under the 1,000,000-character article limit) (place resolution compares the places of an article);
#   events N  - N short sentences "X troops attacked Y positions." (actors, parsing, coding, quotes);
#   title N   - a title line of N characters and one body sentence (one enormous sentence).
# It fails when a fixture takes longer than its bound, or when doubling a fixture more than triples its time
# (linear work doubles it; the quadratic second pass of the place resolver quadrupled it).
#
# Bounds, in CPU seconds beyond start-up (the CPU time of coding a one-line article), which other load on the
# machine barely changes: places 20000 <= 60, events 10000 <= 90, title 100000 <= 30.
#
# Usage: bench/long-articles.sh [WORKDIR]     SITREP_BIN may name another launcher.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sitrep="${SITREP_BIN:-$root/sitrep}"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"

places() { # sentences
  awk -v n="$1" 'BEGIN {
    split("Aleppo Homs Mosul Basra Kirkuk Erbil Tikrit Idlib Raqqa Hama Latakia Tartus Daraa Kobani Afrin " \
          "Gaziantep Kilis Hatay Adana Beirut Tripoli Sidon Tyre Amman Zarqa Irbid Aqaba Haifa Jenin Nablus " \
          "Hebron Gaza Rafah Cairo Suez Aswan Luxor Benghazi Misrata Sirte", town, " ");
    srand(7); print "Families leave towns across the region";
    for (i = 0; i < n; i++) {
      printf "Residents fled from %s to %s. ", town[int(rand() * 40) + 1], town[int(rand() * 40) + 1];
      if (i % 20 == 19) print "";
    }
  }'
}

events() { # sentences
  awk -v n="$1" 'BEGIN {
    split("Syrian Iraqi Turkish Iranian Israeli Egyptian Jordanian Lebanese", adjective, " ");
    split("Syria Iraq Turkey Iran Israel Egypt Jordan Lebanon", country, " ");
    srand(8); print "Troops clash along several borders";
    for (i = 0; i < n; i++) {
      printf "%s troops attacked %s positions. ", adjective[int(rand() * 8) + 1], country[int(rand() * 8) + 1];
      if (i % 20 == 19) print "";
    }
  }'
}

title() { # characters
  awk -v n="$1" 'BEGIN {
    line = ""; word = "Vallonia Norland talks ";
    while (length(line) + length(word) <= n) line = line word;
    print line; print "The talks ended without agreement.";
  }'
}

seconds() { # file; CPU seconds (user + system) of `sitrep code`, which other load on the machine barely moves
  local TIMEFORMAT='%U %S' times
  times=$( { time "$sitrep" code "$1" --date 2024-03-01 > /dev/null 2> "$work/err.txt"; } 2>&1 ) || {
    echo "sitrep code $1 failed: $(tail -1 "$work/err.txt")" >&2; exit 1; }
  echo "$times" | awk '{print $1 + $2}'
}

printf 'A one-line note\nNorland and Vallonia held talks.\n' > "$work/tiny.txt"
startup=$(seconds "$work/tiny.txt")
printf '%-8s %8s %10s %12s %s\n' FIXTURE SIZE CHARS CPU-S "(beyond start-up: ${startup} CPU-s)"

failed=0
declare -A took
run() { # kind size bound
  local file="$work/$1-$2.txt"
  "$1" "$2" > "$file"
  local total
  total=$(seconds "$file")
  local net
  net=$(echo "x = $total - $startup; if (x < 0) x = 0; x" | bc)
  took[$1-$2]=$net
  printf '%-8s %8s %10s %12.1f\n' "$1" "$2" "$(wc -c < "$file")" "$net"
  if [ -n "$3" ] && [ "$(echo "$net > $3" | bc)" = 1 ]; then
    echo "  over the bound of $3 s" >&2
    failed=1
  fi
}

ratio() { # kind small large
  local small=${took[$1-$2]} large=${took[$1-$3]}
  # Below a few seconds the ratio is noise: compare against at least 2 s.
  local r
  r=$(echo "scale=2; $large / ($small + 2)" | bc)
  printf '%-8s %8s %s\n' "$1" "x$(( $3 / $2 ))" "time ratio $r (linear about 2, quadratic about 4)"
  if [ "$(echo "$r > 3" | bc)" = 1 ]; then
    echo "  grows faster than linearly" >&2
    failed=1
  fi
}

run places 5000 ""
run places 10000 ""
run places 20000 60
run events 5000 ""
run events 10000 90
run title 50000 ""
run title 100000 30
ratio places 10000 20000
ratio events 5000 10000
ratio title 50000 100000
exit "$failed"
