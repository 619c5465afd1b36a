# str % v with one plain conversion, the form programs use most, beside the
# forms around it that take the general path.
for fmt in ("acct-%d", "%d", "%i!", "[%s]", "%s", "x%sy", "%d%%", "%%%d", "%5d", "%-3s|", "%r", "%x", "%(a)s", "%", "a%", "%s %s", "no spec"):
    for v in (0, 7, -12, 2**70, True, 3.5, "", "héllo", (1,), (), [1], {"a": 1}, None):
        try:
            print(repr(fmt), repr(v), repr(fmt % v))
        except Exception as e:
            print(repr(fmt), repr(v), type(e).__name__, e)


class S(str):
    def __str__(self):
        return "sub"


class I(int):
    def __str__(self):
        return "eye"

    def __repr__(self):
        return "I()"


print("%s|%d" % (S("x"), I(4)), "%s" % S("x"), "%s" % I(5), "%d" % I(6), "%i" % I(6))
print("s".startswith("s"), "s".startswith(""), "".startswith("a"), "abc".endswith("bc"), "abc".endswith("abcd"))
print("abc".startswith(("x", "a")), "abc".startswith("b", 1), "abc".endswith("b", 0, 2), S("abc").startswith("a"), "abc".startswith(S("ab")))
for bad in (1, None, ["a"]):
    try:
        "abc".startswith(bad)
    except TypeError as e:
        print(e)
try:
    "abc".endswith()
except TypeError as e:
    print(e)
