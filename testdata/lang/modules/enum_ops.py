from enum import Enum, IntEnum, IntFlag, StrEnum, Flag, auto
class C(StrEnum):
    A = auto()
    B = "bee"
print(C.A, repr(C.B), C("bee"), f"{C.A}!", C.A == "a", C.A.upper())
class P(IntFlag):
    R = 4
    W = 2
print(P.R | P.W, repr(P.R|P.W), P(6), P.R + 1)
class F(Flag):
    A = auto(); B = auto()
print(F(0), repr(F(0)), ~F.A, list(F.A | F.B), bool(F(0)))
Shape = Enum("Shape", "SQUARE CIRCLE")
print(list(Shape), Shape.CIRCLE.value, repr(Shape))
class Color(Enum):
    RED = 1
    def describe(self): return f"{self.name}!"
    @classmethod
    def default(cls): return cls.RED
print(Color.RED.describe(), Color.default(), hash(Color.RED) == hash("RED"), f"{Color.RED:>12}|", Color.RED.__class__)
try: Color.RED = 2
except AttributeError as e: print(e)
try: Color.RED in Color
except TypeError as e: print(e)
