from dataclasses import dataclass, field
@dataclass(slots=True)
class Pt:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Pt(1)
print(p, Pt.__slots__, hasattr(p, '__dict__'), Pt(2, 3) == Pt(2, 3), Pt.__qualname__, type(Pt.x).__name__)
try:
    p.z = 1
except AttributeError as e:
    print(e)
@dataclass(slots=True, frozen=True)
class F:
    a: int
f = F(1)
try:
    f.a = 2
except Exception as e:
    print(type(e).__name__, e)
print(f, hash(f) == hash(F(1)))
@dataclass(slots=True)
class Child(Pt):
    z: int = 9
print(Child(1, 2, [], 3), Child.__slots__)
try:
    @dataclass(slots=True)
    class Twice:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print(e)
from dataclasses import dataclass, field, asdict, astuple, fields, replace, InitVar, KW_ONLY, is_dataclass, FrozenInstanceError
@dataclass
class Address:
    city: str
    zip: str = '00000'
@dataclass
class Person:
    name: str
    age: int = 0
    address: Address = field(default_factory=lambda: Address('Nowhere'))
    tags: list = field(default_factory=list, repr=False)
    secret: str = field(default='x', compare=False)
p = Person('Ann', 30, Address('Paris', '75001'))
print(p, asdict(p), astuple(p), p == Person('Ann', 30, Address('Paris', '75001'), secret='y'))
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3))
try:
    Opts(True)
except TypeError as e:
    print(e)
@dataclass(slots=True)
class Pt:
    x: int
    y: int
print(Pt(1, 2), Pt.__slots__, hasattr(Pt(1, 2), '__dict__'))
@dataclass(frozen=True)
class Key:
    a: int
    b: str
k = Key(1, 'x')
print(hash(k) == hash(Key(1, 'x')), {k: 1}[Key(1, 'x')])
try:
    k.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(2), Version(1, 5), Version(1, 2)]), Version(1) < Version(1, 1), max(Version(3), Version(2, 9)))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(e)
@dataclass
class Base:
    x: int = 0
@dataclass
class Derived(Base):
    y: int = 1
print(Derived(5, 6), [f.name for f in fields(Derived)], is_dataclass(Derived), is_dataclass(Derived()), is_dataclass(3))
@dataclass
class WithInit:
    a: int
    factor: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, factor):
        self.b = self.a * factor
print(WithInit(3), WithInit(3, 10), replace(WithInit(1), a=5))
@dataclass(eq=False)
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2)])
print(n, n == Node(1, [Node(2)]))
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(e)
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), repr(Empty))
@dataclass(repr=False)
class R:
    v: int
    def __repr__(self): return f'R<{self.v}>'
print(R(3), [R(1)])
print(Person.__dataclass_fields__['age'].default, Person.__match_args__, Person.__init__.__doc__ if False else '')
