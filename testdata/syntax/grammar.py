# Grammar corpus: parsed and compared with CPython's AST only (not run).
print(*a, sep='')
f1 = lambda *, k: k
f2 = lambda *a, **k: 0
def f(*, a=1, b): pass
async def g():
    r = [await x async for x in y if await z]
    s = f"{await q}"
    return *a, b
def h():
    yield *a, b
    x = yield from y
    a = b = yield
x = *a,
for x in *a, *b: pass
del (a, b), [c]
with (a, b): pass
with (a): pass
with (yield): pass
with (a) as b: pass
with (a, b) as c: pass
with (a as b): pass
x: int
x.y: int = 3
(x): int = 1
s = Rb'a' BR'b' rB'c'
t = Fr'{x}' fR"{y}"
z = not a == b
z = a if b else lambda: c
z = [*a, *b], {**a, **b}
z = a[:, 1], a[1:2, ::3], a[...], a[()], a[1:2,]
z = a < b not in c is not d
z = -2 ** -2, ~x ** 2
@(lambda f: f)
class A(): pass
def f() -> None: ...
try:
    pass
except* (A, B) as e:
    pass
import a.b
from .. import x
from .a.b import (c as d)
z = (yield)
z = [i for i in range(3) if i if not i for j in i]
z = {**a}
z = a.b.c.d(e)(f)[g:h]
if (n := 10) > 5: pass
while (line := f()) is not None: pass
z = [y := 1, y ** 2]
print(f'{(x := 5)}')
z = lambda: (yield)
assert (a, b)
raise
return_ = 1
z = 0 if 1 else 2 if 3 else 4
z = a and not b or c and d
z = a @ b @ c
z = b"\x00" b'\\'
z = '\N{BULLET}' '\t\v\a\b\f'
class B(A, **kw): pass
class C(*bases): pass
z = ...
z = [
    1,  # one
    2,  # two
]
if a:
    pass
elif b:  # comment
    pass
   # odd comment
else:
    pass
