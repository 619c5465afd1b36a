# Decimal from ints, strings, floats, tuples and Decimals, with the
# context's ConversionSyntax and FloatOperation conditions.
from decimal import Decimal, getcontext, InvalidOperation, FloatOperation

for v in [0, 1, -7, 10 ** 30, True, "3.14", "  -0.000  ", "1_000_000.5", "1e3", "1E-3", "-.5", "5.",
          "inf", "-Infinity", "nan", "NaN123", "-sNaN7", "+0E+10", "123456789012345678901234567890.123"]:
    d = Decimal(v)
    print(repr(v), repr(d), str(d), d.as_tuple())
for f in [0.1, -2.5, 1e300, 5e-324, -0.0, float("inf"), float("nan")]:
    print(f, repr(Decimal(f)), repr(Decimal.from_float(f)))
print(getcontext().flags[FloatOperation])
for t in [(0, (1, 4, 1, 4), -3), (1, (0,), 0), (0, (), "F"), (1, (4, 2), "n"), (0, (1,), "N"), [1, [5], 2], (0, (0, 0, 1), 5)]:
    print(t, repr(Decimal(t)))
d = Decimal("2.50")
print(Decimal(d) is d, repr(Decimal(d)), Decimal(), Decimal(value="7"))
for bad in ["abc", "1.2.3", "1e", "", " ", "1 2", "0x10", "--1", "1e1.5", "nan1x", "in f"]:
    try:
        print(repr(bad), repr(Decimal(bad)))
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)
for bad in [[1], (3, (1,), 0), (0, (1, 10), 0), (0, (1,), "x"), (0, (1,), 1.5), 1j, None, object]:
    try:
        print(repr(Decimal(bad)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Decimal(1, 2)
except TypeError as e:
    print(e)
getcontext().traps[InvalidOperation] = False
print(repr(Decimal("junk")), getcontext().flags[InvalidOperation])
getcontext().traps[FloatOperation] = True
try:
    Decimal(1.5)
except FloatOperation as e:
    print("FloatOperation", e, isinstance(e, TypeError))
print(repr(Decimal.from_float(1.5)), repr(Decimal.from_float(3)))
