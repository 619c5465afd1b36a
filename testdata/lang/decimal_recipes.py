# The decimal documentation's tutorial and recipes (pi, exp, cos, sin, moneyfmt).
from decimal import *

getcontext().prec = 6
print(Decimal(1) / Decimal(7))
getcontext().prec = 28
print(Decimal(1) / Decimal(7))
print(Decimal(10), Decimal('3.14'), Decimal(3.14), Decimal((0, (3, 1, 4), -2)), Decimal(str(2.0 ** 0.5)), Decimal(2) ** Decimal('0.5'))
print(Decimal('NaN'), Decimal('-Infinity'))
c = getcontext()
c.traps[FloatOperation] = True
try:
    Decimal(3.14)
except FloatOperation as e:
    print("FloatOperation:", e)
try:
    Decimal('3.5') < 3.7
except FloatOperation as e:
    print("FloatOperation:", e)
print(Decimal('3.5') == 3.5)
c.traps[FloatOperation] = False
getcontext().prec = 6
print(Decimal('3.0'), Decimal('3.1415926535'), Decimal('3.1415926535') + Decimal('2.7182818285'))
getcontext().rounding = ROUND_UP
print(Decimal('3.1415926535') + Decimal('2.7182818285'))
getcontext().prec = 28
getcontext().rounding = ROUND_HALF_EVEN
data = list(map(Decimal, '1.34 1.87 3.45 2.35 1.00 0.03 9.25'.split()))
print(max(data), min(data), sorted(data), sum(data))
a, b, c2 = data[:3]
print(str(a), float(a), round(a, 1), int(a), a * 5, a * b, c2 % a)
print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal('10').ln(), Decimal('10').log10())
print(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN), Decimal('7.325').quantize(Decimal('1.'), rounding=ROUND_UP))
myothercontext = Context(prec=60, rounding=ROUND_HALF_DOWN)
setcontext(myothercontext)
print(Decimal(1) / Decimal(7))
setcontext(ExtendedContext)
print(getcontext())
print(Decimal(1) / Decimal(7), Decimal(42) / Decimal(0))
setcontext(BasicContext)
try:
    Decimal(42) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero:", e)
setcontext(DefaultContext)
getcontext().clear_flags()
print(Decimal(355) / Decimal(113), getcontext())


def moneyfmt(value, places=2, curr='', sep=',', dp='.', pos='', neg='-', trailneg=''):
    q = Decimal(10) ** -places
    sign, digits, exp = value.quantize(q).as_tuple()
    result = []
    digits = list(map(str, digits))
    build, next = result.append, digits.pop
    if sign:
        build(trailneg)
    for i in range(places):
        build(next() if digits else '0')
    if places:
        build(dp)
    if not digits:
        build('0')
    i = 0
    while digits:
        build(next())
        i += 1
        if i == 3 and digits:
            i = 0
            build(sep)
    build(curr)
    build(neg if sign else pos)
    return ''.join(reversed(result))


d = Decimal('-1234567.8901')
print(moneyfmt(d, curr='$'), moneyfmt(d, places=0, sep='.', dp='', neg='', trailneg='-'),
      moneyfmt(d, curr='$', neg='(', trailneg=')'), moneyfmt(Decimal(123456789), sep=' '), moneyfmt(Decimal('-0.02'), neg='<', trailneg='>'))


def pi():
    getcontext().prec += 2
    three = Decimal(3)
    lasts, t, s, n, na, d, da = 0, three, 3, 1, 0, 0, 24
    while s != lasts:
        lasts = s
        n, na = n + na, na + 8
        d, da = d + da, da + 32
        t = (t * n) / d
        s += t
    getcontext().prec -= 2
    return +s


def exp(x):
    getcontext().prec += 2
    i, lasts, s, fact, num = 0, 0, 1, 1, 1
    while s != lasts:
        lasts = s
        i += 1
        fact *= i
        num *= x
        s += num / fact
    getcontext().prec -= 2
    return +s


def cos(x):
    getcontext().prec += 2
    i, lasts, s, fact, num, sign = 0, 0, 1, 1, 1, 1
    while s != lasts:
        lasts = s
        i += 2
        fact *= i * (i - 1)
        num *= x * x
        sign *= -1
        s += num / fact * sign
    getcontext().prec -= 2
    return +s


def sin(x):
    getcontext().prec += 2
    i, lasts, s, fact, num, sign = 1, 0, x, 1, x, 1
    while s != lasts:
        lasts = s
        i += 2
        fact *= i * (i - 1)
        num *= x * x
        sign *= -1
        s += num / fact * sign
    getcontext().prec -= 2
    return +s


print(pi(), exp(Decimal(1)), exp(Decimal(2)), exp(2.0), exp(2 + 0j), cos(Decimal('0.5')), cos(0.5), sin(Decimal('0.5')), sin(0.5))
getcontext().prec = 50
print(pi())
