# quantize: to an exponent, with rounding, flags and the InvalidOperation cases.
from decimal import *

c = getcontext()
cases = [("1.41421356", "0.01"), ("1.41421356", "1"), ("1.41421356", "1E+1"), ("123.456", "0.1"), ("2.5", "1"), ("3.5", "1"),
         ("-0.005", "0.01"), ("7", "0.001"), ("7.000", "1"), ("1E+3", "1"), ("0", "0.001"), ("-0", "1E+2"), ("1.20", "0.1"),
         ("Infinity", "Infinity"), ("NaN", "1"), ("1", "NaN"), ("123.45", "1E-2")]
for v, e in cases:
    c.clear_flags()
    r = Decimal(v).quantize(Decimal(e))
    print(v, e, repr(r), sorted(k.__name__ for k, f in c.flags.items() if f))
print(Decimal("1.2345").quantize(Decimal("0.01"), ROUND_UP), Decimal("1.2345").quantize(Decimal("0.01"), rounding=ROUND_DOWN))
print(Decimal("19.999").quantize(Decimal(".01"), context=Context(rounding=ROUND_FLOOR)), Decimal("5.5").quantize(1))
print(round(Decimal("3.14159"), 3), round(Decimal("2.675"), 2), round(Decimal("1234.5"), -2), round(Decimal("-0.5")), round(Decimal("1.5")))
for v, e in [("1.5", "1e-30"), ("1e30", "1"), ("Infinity", "1"), ("1", "Infinity"), ("1", "1e1000000"), ("sNaN", "1")]:
    try:
        print(Decimal(v).quantize(Decimal(e)))
    except InvalidOperation as err:
        print(v, e, type(err).__name__, err)
try:
    Decimal(1).quantize(Decimal("0.1"), rounding="ROUND_NOWHERE")
except TypeError as err:
    print(err)
try:
    Decimal(1).quantize(0.1)
except TypeError as err:
    print(err)
print(Decimal(1).quantize(2), Decimal("1.5").same_quantum(Decimal("2.5")), Decimal("1.5").same_quantum(Decimal("2.50")))
with localcontext(traps=[]):
    print(Decimal("1.5").quantize(Decimal("1e-30")), getcontext().flags[InvalidOperation])
