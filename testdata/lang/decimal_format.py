# format() and f-strings of Decimals: types, precision, grouping, alignment.
from decimal import Decimal, localcontext, ROUND_DOWN

vals = ["1.10", "1E+2", "1234567.891", "1e-7", "123.456", "0.000012345", "-0.0001", "5E+3", "-1234.5", "0", "-0", "2.675",
        "1.2345e10", "12.5", "NaN", "-Infinity", "100", "0.5"]
specs = ["", ",", ".2f", ".0f", ".3", ".2", "e", ".2E", ".3e", "g", "G", ".4g", "%", ".1%", "f", "F", "n", "10", "<10", "^12",
         "*>12.3f", "+", " ", "+.2f", "010,.2f", "012.1e", "z.2f", "=+12.2f", ",.2f", ",.3f"]
for v in vals:
    d = Decimal(v)
    print(v, [format(d, s) for s in specs])
price = Decimal("1234.5")
print(f"{price:,.2f} {price:>12} {price:.1e} {price!r} {price:,}")
with localcontext(rounding=ROUND_DOWN, capitals=0):
    print(format(Decimal("2.679"), ".2f"), format(Decimal("1E+5"), ""), format(Decimal("1.5E+5"), ".2"))
for bad in ["d", "x", ".2s", "abc", "10,,", "_", "#.0f", "_.3f"]:
    try:
        print(format(Decimal("1.5"), bad))
    except ValueError as e:
        print(repr(bad), e)
