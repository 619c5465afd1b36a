# match statements: every pattern kind, guards, soft keywords as names.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class Color:
    RED = "red"


def describe(subject):
    match subject:
        case 0 | 1 | -1:
            return "small"
        case 1.5 | "text" | b"bytes" | None | True:
            return "literal"
        case Color.RED:
            return "red"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y) if y > 0:
            return f"up {y}"
        case Point(x=px) as p:
            return f"point {px} {p.y}"
        case [] | ():
            return "empty"
        case [first, *_]:
            return f"seq {first}"
        case (a, b, *rest,):
            return f"tuple {a} {b} {rest}"
        case {"kind": "user", "name": str(n), **others}:
            return f"user {n} {others}"
        case {1: _, **rest}:
            return f"map {rest}"
        case int(n) | float(n) if n > 100:
            return "big"
        case str() | bytes():
            return "string"
        case (other):
            return f"other {other!r}"


for s in [0, "text", Color.RED, Point(0, 0), Point(0, 5), Point(2, 3), [], [9, 8],
          {"kind": "user", "name": "ann", "age": 3}, {1: 2, 3: 4}, 500, "s", 2.5]:
    print(describe(s))

match = [1, 2]
case = {"_": 3}
match[0] = case["_"]
print(match, case)
match (match):
    case [x, y]:
        print("matched", x, y)
