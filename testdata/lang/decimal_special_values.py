# Infinity, NaN, sNaN and negative zero through arithmetic and predicates.
from decimal import *

D = Decimal
specials = [D("Infinity"), D("-Infinity"), D("NaN"), D("-NaN5"), D("sNaN"), D("-0"), D("0"), D("1E-1000000"), D(7)]
for d in specials:
    print(repr(d), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_infinite(), d.is_finite(), d.is_signed(), d.is_zero(),
          d.is_normal(), d.is_subnormal(), d.number_class(), d.is_canonical(), bool(d))
with localcontext(ExtendedContext) as c:
    inf, nan, snan = D("Infinity"), D("NaN"), D("sNaN")
    for expr in ["inf + 1", "inf - inf", "inf * 0", "inf * -2", "inf / inf", "1 / inf", "-1 / inf", "nan + 1", "snan + 1", "snan * nan",
                 "nan * snan", "D('-0') + D('-0')", "D('-0') - D('0')", "D('-0') * 5", "-D('0')", "D('0') * -1", "abs(D('-NaN3'))",
                 "-snan", "inf.sqrt()", "D('-0').sqrt()", "D(-1).sqrt()", "inf.ln()", "D('-Infinity').exp()", "nan.quantize(D(1))",
                 "D(0) ** D(0)", "D('-0') / 3", "D(5) / D('-0')"]:
        c.clear_flags()
        r = eval(expr)
        print(expr, "=", repr(r), sorted(k.__name__ for k, f in c.flags.items() if f))
for expr in ["int(D('NaN'))", "int(D('-Infinity'))", "float(D('sNaN'))", "float(D('-NaN'))", "float(D('-Infinity'))", "round(D('NaN'))",
             "round(D('Infinity'))", "D('Infinity').as_integer_ratio()", "D('NaN').as_integer_ratio()", "D('Infinity') - D('Infinity')",
             "D('sNaN') + 1", "D(1) * D('sNaN')"]:
    try:
        print(expr, "=", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
