#!/usr/bin/env bash
# brief against less, as a user feels them, in one run on this machine: time to first frame,
# `G` (end), `/` search, peak memory (also brief's once everything is found), on the seed
# and on a 50 MB briefing.
#   bash bench/ttff.sh            (needs python3 with pyte, and less)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
ttff=../shared/tools/ttff.py
out=${TMPDIR:-/tmp}/brief-bench
cargo build --release --quiet
# Every build names the host as its target (.cargo/config.toml), so binaries are under its tuple.
brief=target/$(rustc -vV | sed -n 's/^host: //p')/release/brief
[ -f "$out/big.txt" ] || cargo run --release --quiet --example corpus -- "$out"
seed=seeds/000_705664b66eb5bc4c.txt
big=$out/big.txt
# One run of brief and one of less per round, alternating, so that the machine's drift from
# minute to minute weighs on both alike; medians over the rounds, and the median of the
# rounds' own ratios.
compare() { # label file
  for _ in $(seq "$runs"); do
    for program in "$brief" less; do
      printf '%s ' "$program"
      python3 "$ttff" --json --runs 1 --until "Kremlin" --keys "G,/Friday,Enter" -- "$program" "$2" | tail -1
    done
  done | python3 -c '
import json, statistics, sys
label = sys.argv[1]
brief = sys.argv[2]
runs = {brief: [], "less": []}
for line in sys.stdin:
    program, summary = line.split(" ", 1)
    runs[program].append(json.loads(summary))
b, l = runs[brief], runs["less"]
def row(name, get, unit):
    bv = [get(r) for r in b]
    lv = [get(r) for r in l]
    ratios = [x / y for x, y in zip(bv, lv) if x is not None and y]
    bm, lm = statistics.median(v for v in bv if v is not None), statistics.median(v for v in lv if v is not None)
    print(f"{label:5} {name:14} brief {bm:10.1f} {unit:3}  less {lm:10.1f} {unit:3}  "
          f"ratio of medians {bm / lm:.2f}x  median of round ratios {statistics.median(ratios):.2f}x")
row("first frame", lambda r: r["first_frame_ms"], "ms")
for k in b[0].get("keys_ms", {}):
    row(k, lambda r: r["keys_ms"].get(k), "ms")
row("peak RSS", lambda r: r["peak_rss_kb"] / 1024, "MB")
' "$1" "$brief"
}
# brief's peak memory once everything is found (its status bar shows the key hints again only
# when extraction is done), against the file's size.
settled_rss() { # label file
  python3 "$ttff" --json --runs 3 --until "? help" --keys G -- "$brief" "$2" | tail -1 |
    python3 -c '
import json, os, sys
label, path = sys.argv[1], sys.argv[2]
kb = json.load(sys.stdin)["peak_rss_kb"]
print(f"{label:5} peak RSS, all found: brief {kb / 1024:.1f} MB = {kb * 1024 / os.path.getsize(path):.2f}x the file")
' "$1" "$2"
}
for pair in "seed:$seed" "50MB:$big"; do
  label=${pair%%:*}; file=${pair#*:}
  compare "$label" "$file"
  settled_rss "$label" "$file"
done
