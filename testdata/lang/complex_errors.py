# CPython's errors for complex arithmetic, conversions and constructor calls.
def show(src):
    try:
        print(src, "=>", repr(eval(src)))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)

for src in [
    "1j // 1", "1j % 1", "divmod(1j, 1)", "1j < 1j", "1 < 1j", "1j >= 2.0", "int(1j)", "float(1j)",
    "round(1j)", "pow(1j, 2, 3)", "0j ** -1", "0j ** 1j", "0j ** -2.5", "1j / 0", "1 / 0j", "1.5 / 0j",
    "(1 + 1j) / complex(0.0, -0.0)", "10j ** 1000", "complex('1+')", "complex('1', 2)", "complex(1, '2')",
    "complex([])", "complex(1, [])", "complex('')", "complex('1e')", "complex('1+2')", "complex('(1+2j')",
    "complex('1 + 2j')", "complex('j1')", "complex('1jj')", "complex(None)", "complex(1, None)",
    "1j + 'a'", "'a' * 1j", "[1] * 1j", "~1j", "1j & 1", "math.floor(1j)", "math.sqrt(1j)", "abs(complex(1e308, 1e308) * 2)",
    "len(1j)", "(1j).real.imag", "(1j).imag", "(1j).foo", "complex(1.5, C())",
]:
    show(src)

import math

class C:
    def __complex__(self):
        return 2 - 1j

class Bad:
    def __complex__(self):
        return 1.5

try:
    complex(Bad())
except TypeError as e:
    print("TypeError", e)

def f():
    z = 1 + 2j
    return z / 0

f()
