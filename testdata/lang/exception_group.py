# ExceptionGroup and BaseExceptionGroup: construction, subgroup, split, derive.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(eg, repr(eg.message), len(eg.exceptions), type(eg).__name__)
print([repr(e) for e in eg.exceptions])
vals = eg.subgroup(ValueError)
print(vals, [repr(e) for e in vals.exceptions])
match, rest = eg.split(TypeError)
print(repr(match.exceptions), repr(rest.exceptions))
print(eg.subgroup(KeyError))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
print(nested, nested.subgroup(TypeError))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, isinstance(beg, Exception))
beg2 = BaseExceptionGroup("auto", [ValueError()])
print(type(beg2).__name__)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
print(str(ExceptionGroup("one", [ValueError()])))
sg = eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print(repr(sg.exceptions))
