# sqrt, exp, ln and log10: correctly rounded, with their exact cases.
from decimal import *

D = Decimal
for v in ["2", "10", "100", "0.0400", "1E+100", "1E+101", "0.25", "12345678901234567890", "1E-7", "-0", "0.00", "Infinity"]:
    print("sqrt", v, D(v).sqrt())
for v in ["1", "0", "-1", "10", "0.5", "-5", "123.456", "1E-100", "-1E-30", "2.302585092994045684017991455", "700", "-700", "Infinity", "-Infinity"]:
    print("exp", v, D(v).exp())
for v in ["1", "2", "10", "0.5", "1E-10", "123456789", "2.718281828459045235360287471", "1E+100", "Infinity"]:
    print("ln", v, D(v).ln(), "log10", D(v).log10())
for v in ["100", "0.001", "1E+50", "1", "10", "3", "0.3", "1000000"]:
    print("log10", v, D(v).log10())
for prec in [5, 12, 40]:
    with localcontext(prec=prec):
        print(prec, D(2).sqrt(), D(1).exp(), D(2).ln(), D(2).log10(), D(3).sqrt() ** 2)
for expr in ["D(-2).sqrt()", "D(-1).ln()", "D(0).ln()", "D(-10).log10()", "D(0).log10()", "D('sNaN').sqrt()", "D('NaN').exp()",
             "D('-Infinity').sqrt()", "D('1E+999999').exp()", "D('-1E+10').exp()"]:
    c = getcontext()
    c.clear_flags()
    try:
        r = eval(expr)
        print(expr, "=", r, sorted(k.__name__ for k, f in c.flags.items() if f))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
