# The parts of sys that are simplest as Python: structured sequences.

class _StructSeq(tuple):
    _fields = ()
    _name = ""

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        parts = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self))
        return f"{self._name}({parts})"

    def __reduce__(self):
        return (type(self), tuple(self))


def _struct(name, fields):
    ns = {"_fields": tuple(fields), "_name": name, "__slots__": ()}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name.rpartition(".")[2], (_StructSeq,), ns)


version_info = _struct("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"])(
    3, 11, 7, "final", 0)
float_info = _struct("sys.float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                         "dig", "mant_dig", "epsilon", "radix", "rounds"])(
    1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
    2.220446049250313e-16, 2, 1)
int_info = _struct("sys.int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                     "str_digits_check_threshold"])(30, 4, 4300, 640)
hash_info = _struct("sys.hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm",
                                       "hash_bits", "seed_bits", "cutoff"])(
    64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0)


class _Implementation:
    name = "cpython"
    cache_tag = None

    def __init__(self):
        self.version = version_info

    def __repr__(self):
        return f"namespace(name='cpython', cache_tag=None, version={self.version!r})"


implementation = _Implementation()
del _Implementation, _struct
