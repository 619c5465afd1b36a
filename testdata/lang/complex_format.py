# format() and f-strings of complex numbers, with CPython's spec rules.
vals = [1 + 2j, -1.5 - 2j, 2j, complex(-0.0, 1), 0j, 1e6 + 2.5j, 12345.678 + 0.5j, complex(float("inf"), float("nan")), 1e20j, 1 / 3 + 2 / 3j]
specs = ["", "10", "<14", "^16", ">12.1f", ".2f", ".3e", "+", " ", "-", ".4g", "g", "G", "E", "F", ",", "_.2f", "#", "#.0f", "*^20.3", "z.1f", "n", "+.2%"]
for v in vals:
    for s in specs:
        try:
            print(repr(v), repr(s), repr(format(v, s)))
        except ValueError as e:
            print(repr(v), repr(s), "ValueError", e)
z = 3 - 4j
print(f"{z}|{z!r}|{z:>12.1f}|{z:+.3g}|{z.real:.1f}|{z.imag:5}|{str(z):>10}")
print(str(1 + 2j), "%s %r" % (1j, -1j), "{} {!r:>8}".format(2j, 3j))
for s in ["010", "0<10", "=10", "d", "s", "x", "%"]:
    try:
        print(format(1 + 1j, s))
    except ValueError as e:
        print(repr(s), e)
