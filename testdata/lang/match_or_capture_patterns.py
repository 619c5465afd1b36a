# Or-patterns whose alternatives bind the same names (in any order),
# and guards that make a capture refutable enough to be followed.
def classify(v):
    match v:
        case [a, b] | (b, a, "swap"):
            return f"pair a={a} b={b}"
        case {"x": n} | [n, *_] | (n, 1, 2, 3):
            return f"n={n}"
        case [1, *rest] | [*rest, 1]:
            return f"rest={rest}"
        case other if isinstance(other, int) and other < 0:
            return "negative"
        case int(k) | float(k):
            return f"number {k}"
        case _:
            return "other"
for v in [[1, 2], (1, 2, "swap"), {"x": 5}, [7, 8, 9], (4, 1, 2, 3), -3, 7, 2.5, "s"]:
    print(repr(v), "->", classify(v))
