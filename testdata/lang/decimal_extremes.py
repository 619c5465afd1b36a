# Huge and tiny exponents: results and conditions without building huge numbers.
from decimal import *

c = getcontext()
c.traps[Overflow] = False
c.traps[InvalidOperation] = False
for e in ["Decimal('1e999999') + Decimal('1e-999999')", "Decimal('1e-999999') - Decimal('1e999999')", "Decimal('1e100000') * Decimal('1e100000')",
          "Decimal(10) ** 999998", "Decimal('1e-999999').sqrt()", "Decimal('9e999999').ln()", "Decimal('1e-999999').exp()", "Decimal('1e-999999').ln()",
          "Decimal('1e400000').quantize(Decimal(1))", "len(str(int(Decimal('1e5000'))))", "Decimal('1e999999999999') + 0", "Decimal(2) ** 100000",
          "Decimal('1.000000001') ** 123456789", "Decimal('0.5') ** Decimal('1e10')", "Decimal('123e999990').log10()", "Decimal(7) ** Decimal('0.123456789')",
          "Decimal('1e-1000026') * Decimal('1e-10')", "Decimal('1e20') // Decimal('1e-8')", "Decimal('1e5') % Decimal('1e-999990')",
          "hash(Decimal('1e999999'))", "Decimal('1e999999') == 10 ** 999999 if False else 0", "Decimal('2.5e-999999').exp()",
          "Decimal(1) / Decimal('1e-999999')", "Decimal('1e-999999').normalize()", "Decimal('12345678901234567890123456789012345678901234567890').sqrt()",
          "Decimal('1e999999').sqrt()"]:

    try:
        r = eval(e)
        r = str(r)
        r = r if len(r) < 80 else r[:40] + "..." + r[-20:]
    except Exception as x:
        r = "!! %s %s" % (type(x).__name__, x)
    print(e, "=>", r, flush=True)
for e in ["Decimal('1e999999') % 7", "Decimal('1e-999999') % Decimal('1e999999')", "Decimal('1e-999999') // Decimal('1e999999')",
          "divmod(Decimal('-1e-50'), Decimal(3))", "Decimal('1e10') + Decimal('0e-30')", "Decimal('0e-30') + Decimal('1e10')",
          "Decimal('0e5') + Decimal('1.5')", "Decimal('-0e-40') - Decimal('12.5')", "Decimal('1e50') + Decimal('0')",
          "Decimal(0) + Decimal('0e-5')", "Decimal('123.456') % Decimal('1e-20')", "Decimal('5') % Decimal('12345678901234567890')"]:
    c.clear_flags()
    try:
        r = repr(eval(e))
    except Exception as x:
        r = "!! %s %s" % (type(x).__name__, x)
    print(e, "=>", r, sorted(k.__name__ for k, f in c.flags.items() if f), flush=True)
