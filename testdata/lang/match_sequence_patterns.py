# match sequence patterns: fixed length, star, nested, type checks on elements.
def describe(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [0, *rest]:
            return f"starts with zero, rest {rest}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case [(a, b), *others]:
            return f"pair first {a},{b} then {len(others)}"
        case [*head, "end"]:
            return f"ends with end after {head}"
        case _:
            return "something else"
for s in ([], [1], (1, 2), [0, 1, 2], [3, 4, 3], [(1, 2), 5, 6], ["a", "b", "end"], [1, 2, 3], "ab", range(3)):
    print(repr(s), "->", describe(s))
match "string":
    case [*chars]:
        print("str matched as sequence?")
    case str() as s:
        print("strings are not sequences for match:", s)
