# Sizes no allocation can satisfy raise MemoryError (the program goes on),
# and out-of-range widths/precisions raise CPython's ValueError/OverflowError.
N = 10**13
attempts = [
    ("bytes(N)", lambda: bytes(N)),
    ("bytearray(N)", lambda: bytearray(N)),
    ("b'ab' * N", lambda: b'ab' * N),
    ("'ab' * N", lambda: 'ab' * N),
    ("[0] * N", lambda: [0] * N),
    ("(1,) * N", lambda: (1,) * N),
    ("list(range(N))", lambda: list(range(N))),
    ("tuple(range(N))", lambda: tuple(range(N))),
    ("'a'.center(N)", lambda: 'a'.center(N)),
    ("'a'.ljust(N, '*')", lambda: 'a'.ljust(N, '*')),
    ("'7'.zfill(N)", lambda: '7'.zfill(N)),
    ("b'a'.rjust(N)", lambda: b'a'.rjust(N)),
    ("f'{1:{N}}'", lambda: f'{1:{N}}'),
    ("format('s', str(N))", lambda: format('s', str(N))),
    ("'%*d' % (N, 1)", lambda: '%*d' % (N, 1)),
    ("'%13000000000000d' % 1", lambda: '%13000000000000d' % 1),
    ("f'{1.5:.{N}f}'", lambda: f'{1.5:.{N}f}'),
    ("'%.10000000000f' % 1.5", lambda: '%.10000000000f' % 1.5),
    ("'%.10000000000s' % 's'", lambda: '%.10000000000s' % 's'),
    ("'%99999999999999999999999d' % 1", lambda: '%99999999999999999999999d' % 1),
    ("f'{1:99999999999999999999999}'", lambda: f'{1:99999999999999999999999}'),
    ("'a\\tb'.expandtabs(N)", lambda: 'a\tb'.expandtabs(N)),
]
for text, fn in attempts:
    try:
        fn()
        print(text, "-> ok")
    except (MemoryError, ValueError, OverflowError) as e:
        print(text, "->", type(e).__name__, e)
print('{:.10000000000}'.format('kept'))
print("still running")
