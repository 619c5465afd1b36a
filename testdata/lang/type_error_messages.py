# TypeError messages as CPython words them.
five, nothing, text, pair, key = 5, None, "abc", [1, 2], "x"
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: 1 < "a",
    lambda: five[0],
    lambda: nothing[0],
    lambda: len(5),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: text[1.5],
    lambda: pair[key],
    lambda: int([]),
    lambda: -"x",
    lambda: ~1.5,
    lambda: "a" * "b",
    lambda: [] * 1.5,
    lambda: iter(None),
    lambda: sorted([1, "a"]),
    lambda: max(),
    lambda: "x".join([1, 2]),
    lambda: "{} {}".format(1),
    lambda: "%d" % "s",
    lambda: tuple(1),
    lambda: (1, 2).append(3),
    lambda: setattr(1, "x", 2),
    lambda: object().x,
    lambda: nothing(),
    lambda: "abc".missing_method(),
    lambda: isinstance(1, 2),
    lambda: round("1"),
    lambda: chr("a"),
    lambda: ord("ab"),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
