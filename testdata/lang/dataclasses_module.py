# dataclasses: generated __init__/__repr__/__eq__, defaults, field(), order, frozen, post_init.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.qty
a = Item("pen", 1.5, 4)
b = Item("pen", 1.5, 4)
print(a, a == b, a is b, a.total(), a.tags)
a.tags.append("office")
print(Item("cup", 3.0).tags, asdict(a), astuple(b))
print(replace(a, qty=10), [f.name for f in fields(Item)])
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 5), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1))
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
c = Coord(1.0, 2.0)
try:
    c.lat = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(c) == hash(Coord(1.0, 2.0)), {c: "here"}[Coord(1.0, 2.0)])
@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    secret: str = field(default="x", repr=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Rect(2, 3))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Child(Version):
    patch: int = 0
print(Child(1, 2, 3))
