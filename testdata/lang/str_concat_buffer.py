# Long concatenations share one growing buffer: every str taken along the way
# keeps its own length, indexing and hash, ASCII or not.
s = ""
kept = []
for i in range(300):
    s += "é" if i % 97 == 50 else chr(ord("a") + i % 26)
    if i % 37 == 0:
        kept.append(s)
for k in kept:
    print(len(k), k[-1], k[-3:], k[len(k) // 2], k.isascii(), hash(k) == hash(k[:]), k.find("é"))
print(len(s), s.count("é"), s.index("é"), s[100:105], s[::-50], s.isascii())

t = "x" * 200
u = t + "ü"
v = t + "y"
w = u + "z"
print(len(t), len(u), len(v), len(w), u[-1], v[-1], w[-2:], t.isascii(), u.isascii(), v.isascii())
print(u[199:], w[195:], w.rfind("ü"), v == t + "y", {t: 1, u: 2, v: 3}[u])

# A str first used ASCII, then a non-ASCII one appended to the same buffer.
a = "q" * 150
b = a + "r"
print(len(b), b.isascii(), b[150])
c = b + "→"
d = b + "s"
print(len(c), c[-1], c.isascii(), len(d), d[-1], d.isascii(), b.isascii(), b[-1], len(b))

# Hashes: the empty str, and strs equal but built differently.
e = "".join([])
print(hash("") == 0, hash(e) == 0, {"": 1}[e], hash("ab" + "c") == hash("abc"), {"ŝ" * 3: 1}["ŝŝ" + "ŝ"])
m = "ǅungla" * 30
print(len(m), m[5], m[-1], m[100:103], len(m + m), (m + "!")[-2:], m.upper()[:6], m.lower()[:6])
