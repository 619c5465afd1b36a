# Arbitrary-precision integers: growth past 64 bits, mixed ops, conversions.
a = 2 ** 64
print(a, a - 1, a * a, -a, a // 3, a % 1000, a ** 3)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), f // 10 ** 20, f % 97)
print(divmod(-10 ** 30, 7), (-10 ** 30) // 7, (-10 ** 30) % 7)
print(2 ** 100 == 1 << 100, 2 ** 100 > 2 ** 99, (2 ** 100) & (2 ** 100 - 1), 2 ** 100 | 1)
print(hex(2 ** 80), bin(2 ** 70)[:10], int("1" * 30), int("f" * 20, 16))
print(float(2 ** 80), 2 ** 80 / 3, 10 ** 25 / 10 ** 5, 3 ** 50 // 3 ** 48)
print(abs(-(10 ** 40)), pow(7, 10 ** 4, 10 ** 9 + 7), 12345678901234567890 % 1234567)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)) * 10 ** 15)
print(-(2 ** 63), -(2 ** 63) - 1, (2 ** 63) * -1 // 1, 2 ** 63 - 2 ** 63)
print(round(123456789012345678901234, -5), int(1e20), int(-1e19))
print(str(-10 ** 21), repr(10 ** 21), f"{10 ** 21:,}", f"{2 ** 70:x}")
x = 10 ** 50
print(x == 10 ** 50, hash(x) == hash(10 ** 50), x > 1e49, x < 1e51, 10 ** 400 > 1e308)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
