# f-string format specs, including nested specs.
x = 3.14159265
n = 1234567
print(f"{x:.2f}|{x:10.4f}|{x:<10.1f}|{x:^10.3f}|{x:+.1f}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}|{-n:012,}")
print(f"{255:x}|{255:#X}|{255:08b}|{8:o}")
print(f"{0.000123:e}|{0.000123:.1e}|{123456789.0:g}|{0.5:%}|{0.1234:.1%}")
print(f"{'txt':>6}|{'txt':<6}|{'txt':^7}|{'txt':*^7}|{'txt':.2}")
width, prec = 12, 3
print(f"{x:{width}.{prec}f}|")
print(f"{True:d}|{True}|{None!s:>5}")
print(f"{12:=+6d}|{-12:=6d}|{12: d}")
print(f"{1e100:.3g}|{float('inf'):f}|{float('nan'):>5}")
print(f"{42:c}" if False else f"{65:c}")
print(f"{3:.2f}", f"{-0.0:.1f}", f"{2.5:.0f}", f"{3.5:.0f}")
