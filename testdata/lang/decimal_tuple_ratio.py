# as_tuple (DecimalTuple), tuples back to Decimals, as_integer_ratio, adjusted.
from decimal import Decimal, DecimalTuple

for v in ["0", "-0.00", "1.10", "-123.456", "1E+5", "7E-10", "Infinity", "-Infinity", "NaN", "-NaN42", "sNaN", "sNaN9"]:
    d = Decimal(v)
    t = d.as_tuple()
    print(v, t, t.sign, t.digits, t.exponent, d.is_nan() or Decimal(t) == d, repr(Decimal(t)), d.adjusted())
t = DecimalTuple(sign=1, digits=(3, 1, 4), exponent=-2)
print(t, Decimal(t), t._fields, isinstance(t, tuple), DecimalTuple.__name__, DecimalTuple.__module__)
for v in ["0", "1.5", "-1.25", "0.1", "1E+3", "123.456000", "-7E-5", "3"]:
    print(v, Decimal(v).as_integer_ratio())
print(Decimal("2.50").as_tuple().digits, Decimal("1E+2").as_tuple().exponent, Decimal(10 ** 20).as_tuple())
