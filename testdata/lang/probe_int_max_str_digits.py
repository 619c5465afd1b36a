import math
n = math.factorial(1000)
print(len(str(n)), str(n)[:20], n % 1000007)
try:
    s = str(math.factorial(2000))
    print(len(s))
except ValueError as e:
    print('ValueError', e)
try:
    int('1' * 5000)
except ValueError as e:
    print('ValueError', e)
print(hex(2**5000)[:10], len(f'{2**10000:x}'))
import sys
print(sys.get_int_max_str_digits() if hasattr(sys, 'get_int_max_str_digits') else 'n/a')
print(2**1000 % 10**9, (3**200).bit_length(), -(7**77) // 13, pow(3, 10**5, 10**9+7), 10**50 // 3**20, int(str(10**400)[:5]))
print(float(2**1000) if True else '', 2**1023 * 2 // 2 ** 1020)
try:
    float(2**1024)
except OverflowError as e:
    print('OverflowError', e)
try:
    2**1024 / 1
except OverflowError as e:
    print('OverflowError', e)
print(2**1024 // 3 > 0, (2**64 - 1) & 0xFFFF, (1 << 100) | 1, 12345678901234567890 * 98765432109876543210)
print(round(123456789123456789, -5), round(2**70 + 0.0), int(1e300) % 97, divmod(-(2**65), 3), abs(-(2**65)), -(2**63), (-2**63) // -1, 2**63 - 1 + 1)
print(f'{2**64:,}', f'{2**64:_x}', format(-(2**70), '+030d'), '%d' % 2**80, '%x' % 2**80, str(-10**20))
import sys
for v in [0, 640, 639, -1, 5000]:
    try:
        sys.set_int_max_str_digits(v); print(sys.get_int_max_str_digits())
    except ValueError as e:
        print(e)
try:
    sys.set_int_max_str_digits('x')
except TypeError as e:
    print(e)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=700); print(sys.get_int_max_str_digits())
big = 10**800
for f in [lambda: str(big), lambda: repr(big), lambda: f'{big}', lambda: f'{big:d}', lambda: format(big, ','), lambda: '%d' % big, lambda: '%s' % big, lambda: int('7' * 701), lambda: int('7' * 700), lambda: str(-10**699), lambda: str(-10**700), lambda: hex(big)[:5], lambda: print(big), lambda: [big], lambda: '{}'.format(big)]:
    try:
        r = f()
        print('ok', len(str(r)) if sys.get_int_max_str_digits() == 0 else type(r).__name__)
    except ValueError as e:
        print('ValueError', e)
sys.set_int_max_str_digits(0); print(len(str(10**5000)), len(str(int('9' * 6000))))
print(sys.int_info.default_max_str_digits)
