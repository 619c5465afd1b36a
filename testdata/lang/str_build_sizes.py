# Strs built at the sizes where their storage changes (one object up to 64
# bytes, a shared buffer for long concatenations): the text must not care.
for n in (0, 1, 2, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129):
    a = "x" * n
    b = a + "é" + a
    print(n, len(a + a), len(b), (a + "y")[-2:], b.count("é"), repr((a + "ab")[-3:]))

# str() and f-strings of ints, small and large, negative and positive.
for i in (0, 7, 9, 10, -1, -9, -10, 99, 12345, -2**63, 2**63 - 1, 2**63, -2**70):
    print(str(i), f"{i}", f"<{i}:{i % 7}>", len(str(i)))
print(f"{True}{None}{1.5}{'s'}", f"{''}", f"{0}")

# replace: counts, empty old or new, growth and shrinking, non-ASCII.
s = "a:b:c:d"
print(s.replace(":", "-"), s.replace(":", "", 2), s.replace(":", "::", 1))
print(s.replace(":", "-", 0), s.replace(":", "-", -1), s.replace("z", "y"))
print(s.replace("", "_"), s.replace("", "_", 3), "".replace("", "x"))
print("aaaa".replace("a", ""), "aaaa".replace("aa", "b"), "aaa".replace("aa", "b"))
print("ééé".replace("é", "e"), "héllo".replace("l", "λ"), "ab" * 20 + "".replace("b", "c"))
print(("ab" * 40).replace("b", "cd"), len(("ab" * 40).replace("a", "")))

# join: empty, one, many, a non-str.
print(repr(",".join([])), repr(",".join(["a"])), repr("".join(["", ""])), ", ".join("abc"))
print("-".join(str(i) for i in range(30)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)

# split with a separator and maxsplit, and on whitespace.
t = "1,22,,333,"
print(t.split(","), t.split(",", 1), t.split(",", 0), t.split(",,"), t.split(",", 10))
print("".split(","), ",".split(","), "abc".split("abc"), "é,é".split(","))
print("  a  bb\tccc\n d ".split(), " a b c ".split(None, 1), "".split(), "x".split())
w = ",".join(str(i) for i in range(100)).split(",")
print(len(w), w[:3], w[-3:], sum(len(x) for x in w))
print([p.upper() for p in "ab cd ef".split()], [p.lower() for p in "AB,Cd".split(",")])
