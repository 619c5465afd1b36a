# Small exponent limits: overflow by rounding mode, subnormals, clamping.
from decimal import *

for r in [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_05UP]:
    c = Context(prec=3, Emax=5, Emin=-5, rounding=r, traps=[])
    print(r, c.multiply(D := Decimal(999), 1000), c.multiply(Decimal(-999), 1000), c.plus(Decimal("999999")), sorted(
        k.__name__ for k, f in c.flags.items() if f))
c = Context(prec=3, Emax=5, Emin=-5, traps=[])
for v in ["1E-5", "1E-6", "1.23E-6", "1E-7", "1.5E-8", "1E-9", "9.99E+5", "1E+6", "0E-20", "0E+20", "123E+3", "-1.234E-6"]:
    c.clear_flags()
    r = c.plus(Decimal(v))
    print(v, repr(r), r.is_subnormal(c), r.number_class(c), sorted(k.__name__ for k, f in c.flags.items() if f))
c = Context(prec=3, Emax=5, Emin=-5, clamp=1, traps=[])
for v in ["1E+5", "1E+3", "12E+2", "0E+10"]:
    c.clear_flags()
    print("clamp", v, repr(c.plus(Decimal(v))), sorted(k.__name__ for k, f in c.flags.items() if f))
print(Context(prec=3, Emax=5, Emin=-5).Etiny(), Context(prec=3, Emax=5, Emin=-5).Etop())
c = Context(prec=3, Emax=5, Emin=-5)
for expr in ["c.multiply(1000, 1000)", "c.power(10, 6)", "c.divide(1, Decimal('1E-6'))", "c.exp(100)"]:
    try:
        print(eval(expr))
    except Overflow as e:
        print(expr, type(e).__name__, e)
print(c.next_plus(Decimal("9.99E+5")), c.next_minus(Decimal("1E-7")), c.next_plus(Decimal(1)), c.next_minus(Decimal(1)),
      c.next_toward(Decimal(1), 2), c.next_plus(Decimal("-Infinity")))
