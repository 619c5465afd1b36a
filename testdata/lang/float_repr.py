# repr/str of floats: shortest round-trip digits, exponent switching.
values = [0.1, 0.2, 0.3, 1.0, 1.1, 2.675, 1e15, 1e16, 1.5e16, 1e-4, 1e-5, 12345.678,
          123456789.123, 5e-324, 1.7976931348623157e308, 3.0e-10, 100.0, 0.5, -2.5]
for v in values:
    print(repr(v), str(v))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(round(3.14159, 3), round(1234.5678, -2), round(7, -1))
print(1.0 / 3 * 3, 2 ** 0.5, 10 ** -2)
print(float(10 ** 20), float(2 ** 53 + 1))
print(f"{0.1:.20f}", f"{1/7:.3e}", f"{123.456:g}", f"{1e20:g}")
