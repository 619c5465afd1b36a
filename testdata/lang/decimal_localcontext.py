# localcontext: a copy of the context for a block, with keyword overrides.
from decimal import Decimal, localcontext, getcontext, Context, ROUND_DOWN, ROUND_UP, Inexact

print(Decimal(2) / 3)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(2) / 3, getcontext() is ctx)
    with localcontext(prec=3, rounding=ROUND_UP) as inner:
        print(Decimal(2) / 3, inner.prec, inner.rounding)
    print(Decimal(2) / 3, getcontext().prec)
print(Decimal(2) / 3, getcontext().prec)
with localcontext(Context(prec=2, rounding=ROUND_DOWN)) as c:
    print(Decimal("1.99") + 0, c.flags[Inexact])
print(getcontext().flags[Inexact])
try:
    with localcontext() as ctx:
        ctx.prec = 2
        raise ValueError("inside")
except ValueError:
    pass
print(getcontext().prec)
try:
    localcontext(precision=3)
except TypeError as e:
    print(e)

def money(amount):
    with localcontext() as ctx:
        ctx.prec = 10
        return (Decimal(amount) * Decimal("1.0825")).quantize(Decimal("0.01"))

print([money(a) for a in ["19.99", "5", "0.10", "1234.565"]])
