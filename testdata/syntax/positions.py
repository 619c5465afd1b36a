# Spans that CPython records in particular ways: parenthesised operands,
# multi-line calls, decorators, non-ASCII text (columns count UTF-8 bytes).
café = "naïve"
résumé = (café
          + "!")
total = ((1 + 2)
         * 3) - (4)
print(total, résumé, "ü" + café)


def deco(f):
    return f


@deco
@deco
def f(a, /, b=(1, 2), *args, c: "ann" = 3, **kw) -> (int):
    return (a, b, args, c, kw)


print(f(1, *[2, 3], c=4, **{"d": 5}))
print([i for i in range(3) if (i)], (yield_ := 5), yield_)
x = [1,
     2,
     3][1:
        2]
y = {
    "k": (lambda: 1)(),
    **{"z": 2},
}
print(x, y, not x, -x[0] ** 2, x if x else y)
class K(object, metaclass=type): x = 1; y = 2;
print(K.x, K.y)
if K.x: pass
else: print("no")
try:
    raise ValueError("v")
except (ValueError, TypeError) as e:
    print("caught", e)
finally:
    pass
with open(__file__) as fh, open(__file__) as fh2:
    print(len(fh.read()) == len(fh2.read()))
s = 'a' \
    'b'
print(s, 0xFF, 0o17, 0b11, 1_000_000, 10 ** 20, 1e3, .5, 2.)
