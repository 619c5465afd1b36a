# Trapped signals raise the signal's class with the list of conditions;
# untrapped ones set flags and give NaN or Infinity.
from decimal import *

D = Decimal
c = getcontext()
c.traps[Inexact] = True
try:
    D(1) / 3
except Inexact as e:
    print("Inexact", e, isinstance(e, DecimalException), isinstance(e, ArithmeticError))
try:
    D("1.5").quantize(D(1))
except Inexact as e:
    print(type(e).__name__, e)
c.traps[Rounded] = True
try:
    D("1.50").quantize(D("0.1"))
except Rounded as e:
    print(type(e).__name__, e)
try:
    D("1E+999999") * 10
except DecimalException as e:
    print(type(e).__name__, e)
c.traps[Inexact] = c.traps[Rounded] = False
c.traps[Underflow] = c.traps[Subnormal] = c.traps[Clamped] = True
for expr in ["D('1E-999999') / 10", "D('1E-999999') / 3", "D('1E-1000050') + 0"]:
    try:
        print(eval(expr))
    except DecimalException as e:
        print(expr, type(e).__name__, e)
c.traps[Underflow] = c.traps[Subnormal] = c.traps[Clamped] = False
c.traps[DivisionByZero] = False
print(D(1) / 0, D(-1) / 0, D(5) // 0, c.flags[DivisionByZero])
c.traps[InvalidOperation] = False
print(D(0) / 0, D("junk"), D(-1).sqrt(), D("Infinity") - D("Infinity"), D("sNaN") + 1, D(10) ** 30 // 3)
print(c)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(DivisionUndefined, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(Overflow, Inexact), issubclass(Underflow, Subnormal), issubclass(ConversionSyntax, InvalidOperation),
      [k.__name__ for k in Underflow.__mro__])
print(DecimalException.__module__, InvalidOperation.__qualname__, repr(InvalidOperation([ConversionSyntax])))
setcontext(Context())
try:
    D(1) / D(0)
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", type(e).__name__, e.args)
D("1.1") / D("0.0")
