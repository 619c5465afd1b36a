#!/usr/bin/env bash
# Regenerates the expected outputs of the golden corpus with CPython 3.11.
# For every testdata/{lang,asyncio}/**/NAME.py it runs `python3 NAME.py`
# inside NAME.py's directory, feeding NAME.in as stdin when present, and
# writes (with that directory's absolute path stripped, since CPython makes
# the script path absolute: tracebacks then say File "NAME.py"):
#   NAME.out   stdout (always)
#   NAME.err   stderr (only when non-empty)
#   NAME.exit  exit status (only when non-zero)
# Usage: scripts/golden.sh [FILE.py ...]   (default: the whole corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
# The pyenv shim adds ~0.1 s per start; use the real interpreter.
PY=$(python3 -c 'import sys; print(sys.executable)')
# Frames inside CPython's own library (asyncio internals) name this install's
# path; write them as <stdlib>/... so outputs do not depend on the machine.
STDLIB=$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
"$PY" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' ||
	{ echo "golden: need CPython 3.11" >&2; exit 1; }
# Programs may import the simulated network (simnet, aiohttp, requests):
# CPython runs the runtime's own Python files for them.
NET=$(mktemp -d); trap 'rm -rf "$NET"' EXIT
scripts/netshim.sh "$NET"
if [ $# -gt 0 ]; then files=("$@"); else
	mapfile -t files < <(find testdata/lang testdata/asyncio -name '*.py' | sort)
fi
for f in "${files[@]}"; do
	dir=$(dirname "$f"); base=$(basename "$f" .py)
	(
		cd "$dir"
		in=/dev/null; [ -f "$base.in" ] && in="$base.in"
		set +e
		PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 PYTHONPATH="$NET" \
			timeout 60 "$PY" "$base.py" <"$in" >"$base.out" 2>"$base.err"
		code=$?
		set -e
		# CPython makes the script path absolute; keep outputs machine-independent.
		sed -i -e "s|$PWD/||g" -e "s|$STDLIB/|<stdlib>/|g" "$base.out" "$base.err"
		[ -s "$base.err" ] || rm -f "$base.err"
		if [ "$code" -ne 0 ]; then echo "$code" >"$base.exit"; else rm -f "$base.exit"; fi
	)
done
echo "golden: ${#files[@]} programs"
