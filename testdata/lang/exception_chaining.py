# Exception chaining attributes: __cause__, __context__, __suppress_context__.
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ValueError(f"bad key {k}") from e
try:
    lookup({}, "x")
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
err = ValueError("x")
print(err.__traceback__, err.__cause__, err.__context__)
try:
    raise KeyError("k") from 5
except TypeError as e:
    print("TypeError:", e)
