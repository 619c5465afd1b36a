# array.array: typecodes, construction, the list-like methods, bytes
# round trips, reprs, comparisons and CPython's errors.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.itemsize, a.typecode, repr(a), len(a))

a = A('i', [1, 2, 3])
print(a, repr(a), a[0], a[-1], a[1:], a[::-1], a[::2], len(a), list(a), 2 in a, 5 in a)
a.append(4)
a.extend([5, 6])
a.extend(A('i', [7]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(4)
print(a, a.index(3), a.index(3, 1), a.count(2), a.tolist())
a.reverse()
print(a)
a[0] = -7
a[1:3] = A('i', [8, 8, 8])
del a[0]
del a[::2]
print(a, a + A('i', [1]), a * 2, 2 * a, a * 0)
b = A('i', a)
b += A('i', [42])
b *= 2
print(b, b == a, b != a, a < b, A('i', [1, 2]) < A('i', [1, 3]), A('i', [1]) <= A('i', [1]),
      A('i', [2]) > A('i', [1, 9]), A('i', [1, 2]) == A('d', [1.0, 2.0]))
a.fromlist([10, 11])
print(a)

raw = A('h', [1, -2, 300]).tobytes()
print(raw, A('h', raw), A('H', raw), A('b', b'\x80\x7f'), A('B', bytearray(b'\x80\x7f')))
c = A('i')
c.frombytes(b'\x01\x00\x00\x00\xff\xff\xff\xff')
print(c, c.tobytes())
c.byteswap()
print(c)
print(A('f', [0.1, 1.5, -2.25]), A('d', [0.1, 1e300]), A('f', [1, 2]).tobytes(), A('d', [1]).tobytes())
print(A('q', [2**63 - 1, -2**63]), A('Q', [2**64 - 1]), A('L', [2**64 - 1]).tobytes(), A('Q', A('Q', [2**64 - 1]).tobytes()))
u = A('u', 'héllo')
u.append('!')
u.fromunicode('?')
print(u, u.tounicode(), u[1], u.tobytes()[:8], len(u), A('u'), A('u', ['a', 'b']))
print(A('b', range(-3, 3)), A('d', (x / 2 for x in range(3))), A('i', A('b', [1, 2])))
import copy
d = copy.copy(a)
d.append(1)
print(a, d, copy.deepcopy(d))

for tc, vals in [('b', (127, 128, -128, -129)), ('B', (255, 256, -1)), ('h', (2**15, -2**15 - 1)),
                 ('H', (2**16, -1)), ('i', (2**31, -2**31 - 1)), ('I', (2**32, -1)),
                 ('l', (2**63, -2**63 - 1)), ('L', (2**64, -1)), ('q', (2**63,)), ('Q', (2**64, -1)),
                 ('b', (10**30,)), ('i', (1.5, 'x', None)), ('f', ('a', 10**400)), ('d', (None,)),
                 ('u', ('ab', 1))]:
    for v in vals:
        try:
            A(tc, [v])
            print(tc, v, 'ok')
        except (OverflowError, TypeError) as e:
            print(tc, repr(v)[:12], type(e).__name__, e)

x = A('i', [1, 2, 3])
for f in [lambda: x + [1], lambda: x + A('b'), lambda: x.extend(A('b', [1])), lambda: x.extend(5),
          lambda: x.fromlist((1,)), lambda: x.frombytes(b'abc'), lambda: x.__setitem__(slice(0, 1), [1]),
          lambda: x.pop(9), lambda: A('i').pop(), lambda: x[9], lambda: x.remove(9), lambda: x.index(9),
          lambda: A('x'), lambda: A('b', 'abc'), lambda: A('u', [1]), lambda: x.tounicode(),
          lambda: A('i', 5), lambda: x.__setitem__(9, 1), lambda: x * 'x', lambda: x < [1],
          lambda: hash(x), lambda: A(b'i'), lambda: A('i', [1], 2), lambda: A(), lambda: A('ii'),
          lambda: x.__setitem__(slice(0, 3, 2), A('i', [1])), lambda: x.__setitem__(0, 'a'),
          lambda: x.append(2**40), lambda: A('u', b'abc')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(x)
