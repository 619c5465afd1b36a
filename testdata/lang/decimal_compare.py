# Comparisons: exact across Decimal, int, float and Fraction; NaNs.
from decimal import *
from fractions import Fraction

D = Decimal
print(D("1.0") == 1, D("1.00") == D(1), D("0.1") == 0.1, D("0.5") == 0.5, D("0.5") == Fraction(1, 2), D(2) == 2 + 0j, D(1) == "1")
print(D("1.5") < 2, 1 < D("1.5"), D("0.1") < 0.1, D("0.1") > 0.1, D("1.5") <= Fraction(3, 2), D("-0") == D("0"), D("1E+2") == 100)
print(sorted([D("1.5"), 1, D("0.25"), D(-3), 2.5, D("1.50"), Fraction(1, 3)]))
print(max(D("1.5"), D("1.50")), min([D(3), D("2.9"), D(10)]), D(3).max(D("3.0")), D(3).min(D("3.0")), D("1.5") in [1.5])
print(D("NaN") == D("NaN"), D("NaN") != D("NaN"), D("NaN") == 1, D("NaN") != 1, D("Infinity") > 10 ** 100, D("-Infinity") < -1e308)
print(D(2).compare(3), D(3).compare(D("3.0")), D(1).compare(D("NaN")), D("-1").compare_total(D("1")), D("1.0").compare_total(D("1")))
print(D(1).max(D("NaN")), D("NaN").min(D(5)), D(-2).max_mag(D(1)), D(-2).min_mag(D(1)), D("Infinity").max(5))
c = getcontext()
for expr in ["D('NaN') < 1", "D(1) >= D('NaN')", "D('sNaN') == 1", "D('sNaN') != D(1)", "max(D(1), D('NaN'))", "sorted([D(1), D('NaN')])",
             "D(1) < 'x'", "D(1) < 1j", "D('1.5').compare(1.5)"]:
    c.clear_flags()
    try:
        print(expr, "=", eval(expr), sorted(k.__name__ for k, f in c.flags.items() if f))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
c.clear_flags()
print(D("1.5") < 1.6, c.flags[FloatOperation])
c.traps[FloatOperation] = True
print(D("1.5") == 1.5)
try:
    D("1.5") < 1.6
except FloatOperation as e:
    print("FloatOperation", e)
