#!/usr/bin/env bash
# `make bench-peers`: ocop and visidata 3.4 side by side on the same generated data (100k products unless
# OCOP_PEERS_PRODUCTS says otherwise), under tmux; prints medians and ratios. visidata goes into a throwaway virtual
# environment under /tmp when the package registry answers; without it the comparison is skipped with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
products="${OCOP_PEERS_PRODUCTS:-100000}"
runs="${OCOP_PEERS_RUNS:-5}"
data="/tmp/ocop-peers-$products"
venv="/tmp/ocop-peers-venv"
ocop="$PWD/.build/release/ocop"
# Data made by an older binary may not follow today's rules (a dataset full of problems measures the messages, not
# the load): generate again whenever the binary is newer than the data.
if [ ! -f "$data/products.json" ] || [ "$ocop" -nt "$data/products.json" ]; then
    rm -rf "$data"
    "$ocop" generate --products "$products" --out "$data" --seed 1 >/dev/null
fi
if [ ! -x "$venv/bin/vd" ]; then
    python3 -m venv "$venv"
    # pyte (a terminal emulator) reads the bytes each program writes, to see when its data stands on the screen.
    if ! "$venv/bin/pip" install -q "visidata==3.4" "pyte==0.8.2" >/dev/null 2>&1; then
        echo "bench-peers: visidata could not be installed (no package registry?): skipped"
        rm -rf "$venv"
        exit 0
    fi
fi
# visidata gets the products alone, as a top-level JSON array, id and name first.
array="$data/products-array.json"
if [ ! -f "$array" ]; then
    python3 - "$data/products.json" "$array" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    products = json.load(f)["products"]
rows = [{"id": p["id"], "name": p["name"], **{k: v for k, v in p.items() if k not in ("id", "name")}} for p in products]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(rows, f, ensure_ascii=False, separators=(",", ":"))
PY
fi
echo "ocop: $(cat "$data"/{dataset,units,agencies,tasks,producers,products,zones,craft-villages,tourism-models}.json | wc -c) bytes in nine files; visidata: $(wc -c < "$array") bytes (products only)"
"$venv/bin/python" scripts/bench_peers.py "$ocop" "$data" "$venv/bin/vd" "$array" "$runs"
