# Contexts: attributes, repr, flags and traps, copies, errors.
from decimal import *

c = getcontext()
print(c)
print(repr(DefaultContext), BasicContext, ExtendedContext, sep="\n")
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow]))
print(Context(traps={s: False for s in [Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal, Overflow, Underflow, FloatOperation]}))
x = Decimal(1) / Decimal(3)
print(c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero], sorted(k.__name__ for k, v in c.flags.items() if v))
print(c)
c.clear_flags()
print(c.flags[Inexact], c)
print(c.traps)
c2 = c.copy()
c2.prec = 3
print(c.prec, c2.prec, Decimal(2).sqrt(c2), c2.sqrt(2), c2.divide(1, 7), c2.add(Decimal("1.234"), 1), c2.create_decimal("3.14159"))
print(c2.create_decimal(1234567), c2.create_decimal_from_float(0.1), c2.power(2, 10))
print(c2.compare(1, 2), c2.max(3, 7), c2.abs(-5), c2.minus(5), c2.plus(Decimal("1.23456")), c2.quantize(Decimal("1.2345"), Decimal("0.01")))
print(c2.is_nan(Decimal("NaN")), c2.is_zero(0), c2.number_class(Decimal("-1")), c2.to_sci_string(Decimal("1E+3")), c2.copy_abs(Decimal(-2)))
for attr, val in [("prec", 0), ("prec", "5"), ("Emin", 1), ("Emax", -1), ("rounding", "ROUND_SIDEWAYS"), ("capitals", 2), ("clamp", -1)]:
    try:
        setattr(c2, attr, val)
    except (ValueError, TypeError) as e:
        print(attr, type(e).__name__, e)
for bad in ["setcontext(1)", "Context(prec=-1)", "Context(rounding=1)", "Context(flags=[1])", "Decimal(1).sqrt(context=3)",
            "localcontext(5)", "c.flags[1]", "Context(traps=[ValueError])", "c2.create_decimal(\"1.5E+999999999\")", "c2.create_decimal(\"x\")"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
setcontext(ExtendedContext)
print(getcontext(), Decimal(1) / 0, Decimal(0) / 0, Decimal(-1).sqrt())
print(getcontext().flags[DivisionByZero], getcontext().flags[InvalidOperation], ExtendedContext.flags[DivisionByZero])
setcontext(Context(prec=4))
print(Decimal(22) / 7, getcontext().prec)
