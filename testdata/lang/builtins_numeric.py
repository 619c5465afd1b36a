# Numeric builtins: abs, round, divmod, pow, min, max, sum, int/float/bool conversions.
print(abs(-5), abs(3.5), abs(-0.0), abs(True))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1e20), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(divmod(20, 6), divmod(-20, 6), divmod(20.5, 6))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3), pow(2.0, 0.5))
print(min(3, 1, 2), max([4, 9, 2]), min("hello"), max("b", "abc", key=len), min([], default="none"))
print(max([1, 5, 3], key=lambda x: -x), min((2, "b"), (1, "z"), (1, "a")))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=100))
print(int("101", 2), int(" -0x1f ", 16), int(7.9), float("  -1.5e3 "), bool(0.0), bool("False"))
print(hex(255), hex(-1), oct(64), bin(10), bin(-10))
print(int("٣"), float("1_000.5"))
print(pow(38, -1, 97))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
