# sys.stdout is a writable object: replacing its write method redirects
# print, piece by piece, as CPython's print calls file.write.
import sys
from contextlib import contextmanager

@contextmanager
def mirrored():
    pieces = []
    original = sys.stdout.write

    def write(s):
        pieces.append(s)
        return original(s.upper())

    sys.stdout.write = write
    try:
        yield pieces
    finally:
        sys.stdout.write = original

with mirrored() as got:
    print('hello', 'world', sep=', ')
    print(1, 2, 3, end='!\n')
    sys.stdout.write('direct\n')
print(got)
sys.stdout.note = 'attributes are allowed'
print(sys.stdout.note, 'write' in vars(sys.stdout))
del sys.stdout.write
print('restored')
sys.stderr.write = lambda s: sys.stdout.write('[err] ' + s)
print('to stderr', file=sys.stderr)
del sys.stderr.write
