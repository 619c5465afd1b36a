# match class patterns: keyword, positional via __match_args__, builtins, dataclasses.
from dataclasses import dataclass
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
@dataclass
class Circle:
    center: Point
    radius: float
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, radius=r):
            return f"circle r={r} center x={c.x}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s!r}"
        case [Point(), *_]:
            return "list starting with a point"
        case _:
            return "unknown"
for o in (Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 20),
          Circle(Point(7, 8), 1), 42, 2.5, "hi", [Point(1, 1), 2], None):
    print(where(o))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
