# str, repr and to_eng_string: when exponents appear, capitals, eng form.
from decimal import Decimal, getcontext, Context

vals = ["0", "-0", "0.00", "0E+3", "0E-8", "1", "-1.10", "123.4567", "1E+2", "1.00E+2", "12E-3", "0.000001",
        "0.0000001", "1234E-10", "1E-7", "-123456789E+20", "1.23E+7", "5E-1000", "9.99999E+999999",
        "Infinity", "-Infinity", "NaN", "-NaN42", "sNaN", "1000000", "100E3", "0.1E-5"]
for v in vals:
    d = Decimal(v)
    print(v, "|", str(d), "|", repr(d), "|", d.to_eng_string(), "|", d.adjusted())
getcontext().capitals = 0
print(Decimal("1E+5"), Decimal("-1.5E-9"), repr(Decimal("2E+3")), Decimal("1E+5").to_eng_string())
getcontext().capitals = 1
print(Decimal("12345E+4").to_eng_string(), Decimal("-0.00012").to_eng_string(), Decimal("0E+4").to_eng_string())
print(str(Decimal(2) ** 200), len(str(Decimal(7) ** 5000)))
print([Decimal("1.1"), Decimal("-2")], {Decimal("3.0"): "x"}, (Decimal("NaN"),))
print(f"{Decimal('1.50')} {Decimal('1.50')!r} {Decimal('-0')!s}")
