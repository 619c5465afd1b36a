tests = [
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [] + 1, lambda: 1 < 'a', lambda: None(), lambda: 5[0], lambda: len(5), lambda: int(None),
    lambda: {}[[]], lambda: iter(5), lambda: next(iter([])), lambda: 'abc'[1.5], lambda: [1][None], lambda: float('x'), lambda: [].foo,
    lambda: undefined_name, lambda: (1, 2)[5], lambda: 'a' * 'b', lambda: -'a', lambda: ~1.5, lambda: abs('x'), lambda: hash([]), lambda: {[]: 1},
    lambda: set([[1]]), lambda: 'x'.join, lambda: chr(-1), lambda: ord('ab'), lambda: range(1.5), lambda: list(1), lambda: dict(1), lambda: tuple(None),
    lambda: 1 / 0.0, lambda: [1, 2].sort(key=1) , lambda: sorted([1], key=lambda a, b: 0), lambda: getattr(1, 'x'), lambda: setattr(1, 'x', 2),
    lambda: 'a' < None, lambda: [] < (), lambda: print(end=5), lambda: str(b'x', 'zzz'), lambda: bytes('x'), lambda: b'a' + 'b', lambda: 'abc'.split(''),
    lambda: '{:d}'.format('x'), lambda: int('5', 1), lambda: round('x'), lambda: max(1), lambda: sum(['a', 'b']), lambda: sum([[1]], []), lambda: zip(1),
    lambda: [x for x in 1], lambda: {**[]}, lambda: print(*1), lambda: (lambda **k: k)(**{1: 2}), lambda: type('x', 1, {}), lambda: object().__dict__,
    lambda: issubclass(1, int), lambda: isinstance(1, 1), lambda: super(), lambda: divmod('a', 1), lambda: pow(2, 'x'), lambda: 2 ** -1 % 0,
]
for t in tests:
    try:
        r = t()
        print('ok', r if not callable(r) else 'callable')
    except Exception as e:
        print(type(e).__name__ + ':', e)
