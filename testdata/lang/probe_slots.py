class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, hasattr(p, '__dict__'), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    P(1, 2).__dict__
except AttributeError as e:
    print(e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
class Q(P):
    pass
qq = Q(1, 2); qq.z = 5; print(qq.z, hasattr(qq, '__dict__'))
class P:
    __slots__ = ('__x', 'y')
print(P.__slots__, sorted(k for k in P.__dict__ if 'x' in k or k == 'y'))
for s in ['1a', 5]:
    try:
        class Q:
            __slots__ = s
        print('ok', s)
    except Exception as e:
        print(type(e).__name__, e)
try:
    class R:
        __slots__ = ('a',)
        a = 1
except Exception as e:
    print(type(e).__name__, e)
class S:
    __slots__ = 'single'
print(S.single, S.__slots__)
class T:
    __slots__ = ('v', '__dict__')
class C:
    __slots__ = ('a',)
    count = 0
    @property
    def double(self):
        return self.a * 2
    @double.setter
    def double(self, v):
        self.a = v // 2
c = C()
try:
    c.count = 5
except AttributeError as e:
    print(e)
try:
    del c.a
except AttributeError as e:
    print(e)
c.double = 10
print(c.a, c.double, repr(C.a), C.a.__name__, C.a.__objclass__, type(C.a).__name__)
try:
    vars(c)
except TypeError as e:
    print(e)
from collections import namedtuple
Pt = namedtuple('Pt', 'x y')
p = Pt(1, 2)
for f in [lambda: setattr(p, 'z', 0), lambda: setattr(p, 'x', 0)]:
    try:
        f()
    except AttributeError as e:
        print(e)
class Base:
    __slots__ = ('a',)
class Child(Base):
    __slots__ = ('b',)
class Free(Base):
    pass
ch = Child(); ch.a = 1; ch.b = 2
try:
    ch.c = 3
except AttributeError as e:
    print(e)
fr = Free(); fr.a = 1; fr.other = 2; print(ch.a, ch.b, fr.a, fr.other, fr.__dict__['other'])
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
    def __setattr__(self, name, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f'{name} must be a number')
        object.__setattr__(self, name, value)
v = Vec(1, 2); print(v)
try:
    v.x = 'a'
except TypeError as e:
    print(e)
try:
    v.z = 1
except AttributeError as e:
    print(e)
import sys
class E(Exception):
    __slots__ = ('code',)
e = E('m'); e.code = 3; e.extra = 4; print(e.code, e.extra)
