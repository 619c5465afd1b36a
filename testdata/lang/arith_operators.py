# Arithmetic operators on ints and floats, including floor division and modulo signs.
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 2 ** 10)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 2 ** -1, (-8) ** 2, -8 ** 2)
print(1 + 2.0, 3 * 1.5, 10 / 5, type(10 / 5).__name__, 2 ** 0.5)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(+5, -(-5), ~5, ~-1, abs(-3), abs(-2.5))
print(True + True, True * 10, False - 1)
print(0.1 * 3, 1e308 * 10, -1e308 * 10)
zero = 0
cases = [("1 / 0", lambda: 1 / zero), ("1 // 0", lambda: 1 // zero), ("1 % 0", lambda: 1 % zero),
         ("1.0 / 0", lambda: 1.0 / zero), ("0 ** -1", lambda: zero ** -1), ("divmod(1, 0)", lambda: divmod(1, zero))]
for text, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(text, "->", e)
