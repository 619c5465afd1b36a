# Complex numbers through the rest of the language: copy, %-format,
# subclasses, mixed reflected dunders, JSON's refusal, negative bases.
import copy, json, math

class MyC(complex):
    def __repr__(self):
        return "MyC" + super().__repr__()

for e in ["math.pow(-8, 0.5)", "float('-inf') ** 0.5", "(-4) ** 0.5 == 2j", "abs((-4.0) ** 1.5 + 8j) < 1e-14", "'%d' % 1j", "'%s|%r|%5s' % (1j, 2j, 3j)",
          "json.dumps(1j)", "sorted([1j, 2j])", "math.isclose(1j, 1)", "MyC(1, 2)", "MyC(1, 2) + 1", "type(MyC(1) * 2).__name__",
          "hash(MyC(1, 2)) == hash(1 + 2j)", "MyC('3+4j').imag", "copy.copy(2j)", "copy.deepcopy([1j])", "complex.__new__(MyC, 5)",
          "max(1j, 2j)", "(1j).__class__", "complex('nanj')", "divmod(1j, 1j)", "[x * 1j for x in range(3)]",
          "list(map(abs, [3 + 4j, -1j]))", "1e308 * (1 + 1j) * 10", "f'{1j:}'", "(1+2j).__format__('')", "complex(1, 2).__getnewargs__()",
          "bool(complex(0, -0.0))", "(0.0 - 0j) == 0", "(1j).imag.is_integer()", "abs(-0j)", "int.__add__(1, 1j)", "float.__mul__(2.0, 1j)",
          "(1j).__radd__(2)", "(2).__pow__(1j) == 2 ** 1j", "3 ** (1 + 0j)", "0 ** 0j", "0.0 ** -1j", "(1+2j).__pow__(2, None)"]:
    try:
        print(e, "=>", repr(eval(e)))
    except Exception as x:
        print(e, "!!", type(x).__name__, x)
