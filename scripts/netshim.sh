#!/usr/bin/env bash
# Lays out the simulated network's Python modules (runtime/modules/py:
# simnet, aiohttp, requests with requests.exceptions) in DIR as CPython
# imports them, so that python3 with PYTHONPATH=DIR runs programs that use
# them exactly as the runtime does. socket is left out: CPython's own is used.
# Usage: scripts/netshim.sh DIR
set -euo pipefail
dir=$1
mods=$(cd "$(dirname "$0")/.." && pwd)/runtime/modules/py
mkdir -p "$dir/requests"
cp "$mods/simnet.py" "$mods/aiohttp.py" "$dir/"
cp "$mods/requests.py" "$dir/requests/__init__.py"
cp "$mods/requests_exceptions.py" "$dir/requests/exceptions.py"
