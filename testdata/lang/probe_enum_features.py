from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 'r'
    GREEN = 'g'
    def describe(self):
        return f'{self.name.lower()}={self.value}'
    @classmethod
    def parse(cls, s):
        return cls(s)
print(Color.RED.describe(), Color.parse('g'), [c.value for c in Color], Color('r') is Color.RED, Color.RED.__class__.__name__)
Animal = Enum('Animal', 'CAT DOG')
print(list(Animal), Animal.CAT.value, Animal['DOG'], repr(Animal.DOG))
Shape = Enum('Shape', [('SQUARE', 4), ('TRI', 3)])
print(Shape.TRI.value, Shape(4))
class Weekday(IntEnum):
    MON = 1
    TUE = 2
print(Weekday.MON < Weekday.TUE, Weekday.TUE + 1, [d for d in Weekday], Weekday(2).name, int(Weekday.MON), str(Weekday.MON), f'{Weekday.TUE!r}', format(Weekday.TUE, '03d'))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, int(rw), rw & Perm.W, ~Perm.R, Perm(7), list(Perm), str(Perm.R | Perm.X))
class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'
print(Mode.READ, Mode.WRITE, Mode.READ == 'read', repr(Mode.READ), f'{Mode.WRITE}', Mode('read'), Mode.READ.upper())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Status(Enum):
    ACTIVE = 1
    ENABLED = 1
    OFF = 0
print(Status.ENABLED, Status.ENABLED is Status.ACTIVE, list(Status), Status.__members__.keys() if False else list(Status.__members__))
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
try:
    Color('x')
except ValueError as e:
    print(e)
try:
    Color.RED.value = 'z'
except AttributeError as e:
    print(e)
try:
    class MoreColor(Color):
        BLUE = 'b'
except TypeError as e:
    print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(f'{Planet.EARTH.surface_gravity:.2f}', Planet.MERCURY.value)
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([(m.name, m.value) for m in Auto])
print(Color.RED == 'r', Weekday.MON == 1, hash(Color.RED) == hash(Color.RED), Color.RED in {Color.RED: 1}, sorted(Weekday, reverse=True))
print(len(Perm), bool(Perm(0)), Perm(0), Flag.__name__, type(Perm.R).__mro__[1].__name__)
for f in [lambda: setattr(Color.RED, 'name', 'x'), lambda: delattr(Color.RED, 'value')]:
    try:
        f()
    except AttributeError as e:
        print(e)
