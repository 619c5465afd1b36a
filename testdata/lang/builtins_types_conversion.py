# Constructors of the built-in types from various inputs.
print(list("abc"), list((1, 2)), list({"k": 1}), list(range(3)), list())
print(tuple([1, 2]), tuple("ab"), tuple())
print(dict([("a", 1), ("b", 2)]), dict(a=1, b=2), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print(set([3, 1, 3]), set(), frozenset([1, 2, 2]), sorted(set("hello")))
print(str(123), str(1.5), str([1, "a"]), str(None), str(True), str(b"x"))
print(int(), float(), bool(), str(), repr(str()))
print(bool([]), bool([0]), bool(None), bool("0"))
print(repr(1), repr("x"), repr([1, "x", None]), repr((1,)), repr(()), repr({}), repr(set()), repr(frozenset()))
print(repr({1: "a", "b": [2]}), repr({1, 2}), repr(frozenset({1})))
print(type(1), type("s"), type([]), type(None), type(len), type(print))
print(chr(65), chr(0x263A), ord("A"), ord("€"))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", ">3"), format(1234, ","))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
