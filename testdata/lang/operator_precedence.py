# Python's operator precedence table.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 | 3 & 1, 6 ^ 3 & 5)
print(not 1 == 2, not (1 and 0), 1 < 2 == 2, 5 - 3 - 1, 2 ** -1)
print(10 - 2 * 3 / 4 // 1 % 5, 100 // 10 // 3, 2 * 3 % 4)
print(3 if 1 > 2 else 4 if 2 > 1 else 5)
print(1 or 0 and 0, (1 or 0) and 0, not 0 or 0)
print(~1 + 1, -~3, ~-3, 1 + -1, - - 1)
x = 5
print(x > 3 and x < 10 or x == 0, x in [5] == True, (x in [5]) == True)
lam = lambda: 1 if x else 2
print(lam())
print([1, 2, 3][1:][0], "abc"[1] * 2, -x ** 2)
