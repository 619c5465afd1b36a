# cmath: branch cuts, signed zeros and C99 special values as CPython gives
# them. Finite results are rounded to 12 digits (the last bit of the real
# functions underneath differs between C libraries); special values are exact.
import cmath, math

inf, nan = float("inf"), float("nan")

def show(z):
    if isinstance(z, complex) and cmath.isfinite(z):
        return repr(complex(round(z.real, 12), round(z.imag, 12)))
    return repr(z)

finite = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1 + 0j, -1 + 0j, 1j, -1j, 2 + 3j, -2.5 + 0.5j,
          0.5 - 0.25j, complex(-2, 0.0), complex(-2, -0.0), complex(2, 0.0), complex(0.0, 2), complex(-0.0, -2), 3, -1.5]
special = [complex(inf, 0), complex(-inf, 1), complex(1, inf), complex(nan, 1), complex(inf, nan), complex(-inf, -inf),
           complex(0, nan), complex(2, -inf), complex(-inf, 0.0), complex(-inf, -0.0), complex(nan, 0.0), complex(nan, -0.0),
           complex(inf, inf), complex(-0.0, inf), complex(nan, nan), complex(inf, -2), complex(-1, nan), complex(0.0, -inf)]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    for v in finite + special:
        try:
            r = show(f(v))
        except (ValueError, OverflowError) as e:
            r = type(e).__name__ + ": " + str(e)
        print(name, repr(v), r)
for v in finite + special:
    print("phase", repr(v), round(cmath.phase(v), 12), cmath.isfinite(v), cmath.isinf(v), cmath.isnan(v))
    r, phi = cmath.polar(v)
    print("polar", repr(v), round(r, 12), round(phi, 12))
for r, p in [(1, 0), (2, math.pi / 2), (inf, 1), (-inf, 2), (0, inf), (nan, 0), (3, -0.0), (-2, nan), (inf, 0), (inf, -0.0),
             (-0.0, 1), (0.0, nan), (nan, nan), (-inf, nan), (1.5, math.pi)]:
    try:
        print("rect", r, p, show(cmath.rect(r, p)))
    except ValueError as e:
        print("rect", r, p, "ValueError", e)
print(cmath.log(8, 2), show(cmath.log(1j, 1 + 1j)), cmath.log(100, 10), show(cmath.log10(-100)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, abs_tol=0.2), cmath.isclose(inf, inf),
      cmath.isclose(complex(inf, 1), complex(inf, 2)), cmath.isclose(nan, nan), cmath.isclose(1, 1.1, rel_tol=0.1))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)

class Z:
    def __complex__(self):
        return 3 + 4j

class R:
    def __float__(self):
        return 0.25

print(cmath.polar(Z()), show(cmath.sqrt(R())), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.sqrt(-4))
for bad in ["cmath.sqrt('x')", "cmath.sqrt(None)", "cmath.log(0)", "cmath.log(0j)", "cmath.log(2, 1)", "cmath.exp(1000)",
            "cmath.exp(complex(1, inf))", "cmath.atanh(1)", "cmath.atanh(-1)", "cmath.rect(1, inf)",
            "cmath.isclose(1, 2, rel_tol=-1)", "cmath.isclose(1, 2, 3)", "cmath.cosh(complex(1000, 1))",
            "cmath.sinh(complex(1, -inf))", "cmath.tanh(complex(1, inf))", "cmath.polar(complex(1e308, 1e308) * 2)", "cmath.sqrt()",
            "cmath.log(1, 2, 3)", "cmath.rect(1)"]:
    try:
        print(bad, show(eval(bad)))
    except Exception as e:
        print(bad, type(e).__name__, e)
