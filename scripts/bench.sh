#!/usr/bin/env bash
# Times every bench/**/*.py with CPython 3.11 (in-process, best of 3) and
# with our runtime natively and under WebAssembly (Go benchmarks in bench/),
# then prints the ratio runtime/CPython per program.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=$(python3 -c 'import sys; print(sys.executable)')
WASMEXEC="$(go env GOROOT)/lib/wasm/go_js_wasm_exec"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

(cd bench && for f in *.py asyncio/*.py; do
	[ -f "$f" ] || continue
	"$PY" - "$f" <<'PYEOF'
import io, runpy, sys, time, contextlib
f = sys.argv[1]
best = None
for _ in range(3):
    t = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        runpy.run_path(f, run_name="__main__")
    d = time.perf_counter() - t
    best = d if best is None else min(best, d)
print(f[:-3], best)
PYEOF
done) >"$tmp/python"

parse() { # go test -bench output -> "name seconds"
	awk '/^BenchmarkPrograms\// { n=$1; sub(/^BenchmarkPrograms\//, "", n); sub(/-[0-9]+$/, "", n);
		for (i = 1; i <= NF; i++) if ($(i+1) == "ns/op") print n, $i / 1e9 }'
}
go test -run '^$' -bench BenchmarkPrograms -benchtime 3x -count 1 ./bench/ | tee "$tmp/native.log" | parse >"$tmp/native"
GOOS=js GOARCH=wasm go test -exec="$WASMEXEC" -run '^$' -bench BenchmarkPrograms -benchtime 2x -count 1 ./bench/ |
	tee "$tmp/wasm.log" | parse >"$tmp/wasm" || echo "(wasm benchmarks failed: see above)"

printf '%-28s %10s %10s %8s %10s %8s\n' program python3 native ratio wasm ratio
while read -r prog py; do
	nat=$(awk -v p="$prog" '$1 == p { print $2 }' "$tmp/native")
	was=$(awk -v p="$prog" '$1 == p { print $2 }' "$tmp/wasm")
	awk -v p="$prog" -v py="$py" -v n="${nat:-0}" -v w="${was:-0}" 'BEGIN {
		printf "%-28s %9.3fs %9.3fs %7.2fx %9.3fs %7.2fx\n", p, py, n, (n ? n/py : 0), w, (w ? w/py : 0) }'
done <"$tmp/python"
