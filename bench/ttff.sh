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
[ -f "$out/big.txt" ] || cargo run --release --quiet --example corpus -- "$out"
seed=seeds/000_705664b66eb5bc4c.txt
big=$out/big.txt
report() { # label brief-json less-json
  python3 - "$1" "$2" "$3" <<'PY'
import json, sys
label, b, l = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
def row(name, bv, lv, unit):
    ratio = f"{bv / lv:.2f}x" if lv else "n/a"
    print(f"{label:5} {name:14} brief {bv:10.1f} {unit:3}  less {lv:10.1f} {unit:3}  ratio {ratio}")
row("first frame", b["first_frame_ms"], l["first_frame_ms"], "ms")
for k in b.get("keys_ms", {}):
    row(k, b["keys_ms"][k], l["keys_ms"].get(k, 0), "ms")
row("peak RSS", b["peak_rss_kb"] / 1024, l["peak_rss_kb"] / 1024, "MB")
PY
}
# brief's peak memory once everything is found (its status bar shows the key hints again only
# when extraction is done), against the file's size.
settled_rss() { # label file
  python3 "$ttff" --json --runs 3 --until "? help" --keys G -- target/release/brief "$2" | tail -1 |
    python3 -c '
import json, os, sys
label, path = sys.argv[1], sys.argv[2]
kb = json.load(sys.stdin)["peak_rss_kb"]
print(f"{label:5} peak RSS, all found: brief {kb / 1024:.1f} MB = {kb * 1024 / os.path.getsize(path):.2f}x the file")
' "$1" "$2"
}
for pair in "seed:$seed" "50MB:$big"; do
  label=${pair%%:*}; file=${pair#*:}
  b=$(python3 "$ttff" --json --runs "$runs" --until "Kremlin" --keys "G,/Friday,Enter" -- target/release/brief "$file" | tail -1)
  l=$(python3 "$ttff" --json --runs "$runs" --until "Kremlin" --keys "G,/Friday,Enter" -- less "$file" | tail -1)
  report "$label" "$b" "$l"
  settled_rss "$label" "$file"
done
