# if / elif / else and truthiness of common values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for v in (-5, 0, 3, 99):
    print(v, classify(v))
for v in [0, 1, "", "x", [], [0], {}, {0: 0}, None, 0.0, set(), (), (None,), range(0)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
