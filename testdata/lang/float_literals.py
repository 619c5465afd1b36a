# Float literals and their reprs.
print(1.5, .5, 5., 1e3, 1E-3, 1_000.5)
print(3.14e10, 2.5e-7, 1e16, 1e22, 123456789012345678.0)
print(0.1 + 0.2, 1/3, 2/3, 10/4)
print(float("1.25"), float("-0"), float("  3 "), float("inf"), float("-inf"))
print(float("nan"), float("1e500"))
print(1e-5, 0.0001, 1e-4, 100000000000000000.0)
print(-0.0, 0.0 == -0.0)
