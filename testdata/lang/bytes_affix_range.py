# bytes/bytearray startswith and endswith with start and end, as str's.
b = b"hello world"
for args in [(b"he",), (b"wor", 6), (b"wor", 6, 8), (b"wor", 6, 9), (b"d", -1), (b"ld", -3, -1),
             (b"", 11), (b"", 12), (b"", 5, 2), (b"h", None, 1), (b"o", 4, None), ((b"x", b"lo"), 3, 5),
             (b"hello world", -100, 100)]:
    print(args, b.startswith(*args), b.endswith(*args), bytearray(b).startswith(*args), bytearray(b).endswith(*args))
for bad in [(), (b"a", 1, 2, 3), ("a",), ((b"a", "b"),), (b"a", "1"), (b"a", 1.5)]:
    for m in (b.startswith, b.endswith):
        try:
            print(m(*bad))
        except TypeError as e:
            print(type(e).__name__, e)
class I:
    def __index__(self):
        return 6
print(b.startswith(b"w", I()), b.endswith(b"o", 0, I() ))
