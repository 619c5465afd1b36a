# Formatting numbers: widths, signs, alignment, grouping, precision, types, special values.
values = [0, 1, -1, 42, 1234567, -98765.4321, 0.5, 1e-7, 123456789.0, float("inf"), float("-inf"), float("nan")]
for v in values:
    print(f"{v!r:>14} | {v:>12} | {v:<+12} | {v:^12} | {v:12.3g}|")
for v in (3.14159, -2.5, 1234.5678, 0.000123):
    print(f"{v:e} {v:.2e} {v:E} {v:f} {v:.0f} {v:g} {v:G} {v:%} {v:.2%} {v:010.2f} {v:,.1f}")
for n in (0, 7, -7, 255, 65535, 2 ** 40):
    print(f"{n:d} {n:5d} {n:<5d}| {n:+d} {n:x} {n:X} {n:#x} {n:o} {n:#o} {n:b} {n:#b} {n:,} {n:_x} {n:08d} {n:e}")
print("%5.1f|%-8.3e|%g|%G|%10.4g|%-10s|%x" % (2.25, 12345.678, 1e-10, 1e20, 3.14159265, "left", 3054))
print(format(0.1, ".17f"), format(2.5, ".0f"), format(-0.0, "f"), format(1e22, "f"), format(65, "c"))
