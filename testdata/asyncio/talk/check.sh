#!/usr/bin/env bash
# Keeps testdata/asyncio/talk/ in step with the deck slides/python-and-asynchrony.md.
# Every runnable ```python block of the deck (one without `norun`) is a golden
# program here, named by its id= option, with the same code byte for byte.
#   check.sh --write   (re)writes NAME.py from the deck; then run
#                      scripts/golden.sh testdata/asyncio/talk/*.py
#   check.sh           checks, with python3 (a developer check, not a test):
#                      each deck block equals its file, there are no extra
#                      files, every python block has a unique id and known
#                      options,
#                      each program compiles and finishes within 10 s, and its
#                      output still matches NAME.out.
set -euo pipefail
cd "$(dirname "$0")/../../.."
PY=$(python3 -c 'import sys; print(sys.executable)')
# The network examples import the simulated network's modules (aiohttp,
# requests): CPython runs the runtime's own Python files for them.
NET=$(mktemp -d); trap 'rm -rf "$NET"' EXIT
scripts/netshim.sh "$NET"
NET="$NET" "$PY" - "$@" <<'PYEOF'
import os, pathlib, subprocess, sys, time

DECK = pathlib.Path('slides/python-and-asynchrony.md')
DIR = pathlib.Path('testdata/asyncio/talk')

def blocks(text):
    """Yields (slide number, info words, code) for each fenced block."""
    slide, fence, info, code, prev = 1, None, None, [], ''
    for line in text.split('\n'):
        if fence is None:
            if line == '---' and prev == '':
                slide += 1
            elif line.startswith('```'):
                fence, info, code = line[:len(line) - len(line.lstrip('`'))], line.lstrip('`').split(), []
        elif line.strip() == fence:
            yield slide, info, '\n'.join(code) + '\n'
            fence = None
        else:
            code.append(line)
        prev = line
    if fence is not None:
        sys.exit(f'{DECK}: unclosed code fence on slide {slide}')

errors, runnable, ids = [], {}, set()
for slide, info, code in blocks(DECK.read_text(encoding='utf-8')):
    if not info or info[0] != 'python':
        continue
    opts = dict(o.split('=', 1) if '=' in o else (o, True) for o in info[1:])
    name = opts.get('id')
    if not name:
        errors.append(f'slide {slide}: python block without id=')
        continue
    unknown = set(opts) - {'id', 'norun', 'clock', 'autorun', 'seed', 'compare'}
    if unknown or opts.get('clock', 'virtual') not in ('virtual', 'real'):
        errors.append(f'slide {slide}: {name}: bad options {info[1:]}')
    if name in ids:
        errors.append(f'slide {slide}: duplicate id {name}')
    ids.add(name)
    if 'norun' not in opts:
        runnable[name] = (slide, code)

if '--write' in sys.argv[1:]:
    for name, (slide, code) in runnable.items():
        (DIR / f'{name}.py').write_text(code, encoding='utf-8')
    print(f'wrote {len(runnable)} programs; now run scripts/golden.sh {DIR}/*.py')
    sys.exit(1 if errors else 0)

for path in sorted(DIR.glob('*.py')):
    if path.stem not in runnable:
        errors.append(f'{path}: not a runnable block of the deck')
for name, (slide, code) in runnable.items():
    path = DIR / f'{name}.py'
    if not path.exists() or path.read_text(encoding='utf-8') != code:
        errors.append(f'slide {slide}: {path} differs from the deck (check.sh --write)')
        continue
    try:
        compile(code, str(path), 'exec')
    except SyntaxError as e:
        errors.append(f'slide {slide}: {name}: {e}')
        continue
    t0 = time.monotonic()
    try:
        run = subprocess.run([sys.executable, path.name], cwd=DIR, capture_output=True,
                             text=True, timeout=10, env={'PYTHONHASHSEED': '0', 'PYTHONPATH': os.environ['NET']})
    except subprocess.TimeoutExpired:
        errors.append(f'slide {slide}: {name}: still running after 10 s')
        continue
    took = time.monotonic() - t0
    out = DIR / f'{name}.out'
    if run.returncode != 0 or run.stderr:
        errors.append(f'slide {slide}: {name}: exit {run.returncode}: {run.stderr.strip()}')
    elif not out.exists() or out.read_text(encoding='utf-8') != run.stdout:
        errors.append(f'slide {slide}: {name}: output differs from {out} (scripts/golden.sh)')
    print(f'slide {slide:2}  {name:24} {took:4.1f}s  {len(run.stdout.splitlines())} lines')
for e in errors:
    print('ERROR', e, file=sys.stderr)
print(f'{len(runnable)} runnable examples, {len(ids)} python blocks, {len(errors)} errors')
sys.exit(1 if errors else 0)
PYEOF
