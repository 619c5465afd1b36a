# Complex literals, the constructor, repr/str, arithmetic and comparisons.
print(4j, 1.5e3J, 0j, 1_0j, 09j, type(2j).__name__)
z = 3 + 4j
print(z, z.real, z.imag, z.conjugate(), abs(z), -z, +z, bool(z), bool(0j))
print(repr(complex(-0.0, -1)), repr(-0j), repr(complex(0.0, 0.0)), repr(complex(0.0, -0.0)))
inf, nan = float("inf"), float("nan")
print(complex(nan, inf), complex(inf, -inf), complex(1, -nan), complex(-inf, nan))
print(1e16j, 1.5e-7 + 2j, 123456789012345678j, complex(1e-320, 5e-324))
print(complex(), complex(2), complex(True), complex(2.5, -1), complex(1 + 2j, 3 + 4j), complex(1j, 1j))
print(complex(real=1, imag=2), complex(imag=3), complex("  ( 1.5-2.5J )  "), complex("-j"), complex("+J"))
print(complex("1_000+2_0j"), complex("inf-nanj"), complex("1e500"), complex(".5-.5j"), complex("1.j"), complex("-1E-2-Infj"))

class C:
    def __complex__(self):
        return 2 - 1j

class F:
    def __float__(self):
        return 1.25

class I:
    def __index__(self):
        return 7

print(complex(C()), complex(F()), complex(I(), F()), complex(F(), 2j), complex(C(), 1.5))
for a, b in [(1 + 2j, 3 - 4j), (2, 1j), (1j, 2.5), (-1.5 + 0.5j, -2j), (1e308j, 10)]:
    print(a + b, a - b, a * b, a / b, b + a, b - a, b * a, b / a)
print((1 + 2j) ** 2, 1j ** 2, (1 + 1j) ** -2, (1j) ** 100, 1j ** 0, 0j ** 0, 0j ** 0j, 0j ** 2, 2 ** 1j)
print((2 + 0j) ** 0.5, (-4) ** 0.5 == 2j or "not exact", (1 + 2j) ** 1, pow(3j, 3), (-8) ** (1 + 0j))
print(1 + 0j == 1, 1.0 == 1 + 0j, 1j == 1j, 1j != 1, (2 ** 53 + 1) + 0j == 2 ** 53 + 1, 1j == "1j", [1j] == [1j])
print(hash(1 + 2j), hash(complex(-1, 0)), hash(1.5j), hash(complex(0, -1)), hash(3 + 0j) == hash(3), hash(0.5 + 0j) == hash(0.5))
print({1j: "a", 1 + 0j: "b", 1: "c", 1.0: "d"}, 1j in {1j}, sum([1j, 2, 3.5]), sorted([3, 1, 2], key=lambda v: (v * 1j).imag))
print(1e300j * 1e300j, (1e200 + 1e200j) ** 2, abs(complex(1e308, 1e308)), abs(complex(inf, nan)), abs(complex(nan, 1)))
x = 1 + 1j
x += 2
x *= 1j
x -= 1j
x /= 2
print(x, x.__complex__(), isinstance(x, complex), issubclass(complex, object))
