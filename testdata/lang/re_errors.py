import re

patterns = [
    "(", "a(b", "(?:a", "(?P<n>a", ")", "a)b", "*", "a**", "+a", "?", "a{2}{3}",
    "[a", "[]", "[^", "[b-a]", r"[\d-z]", r"[a-\d]", "a{3,2}", "x{2,1}?",
    r"\q", r"\i", "a\\", r"[\z]", r"\x4", r"\xg", r"\u12", r"\U1234", r"\U00110000",
    r"\8", r"\1", r"(a)\2", r"(a\1)", r"\400", r"[\400]", r"\N{BOGUS NAME}", r"\N",
    "(?", "(?P", "(?P<", "(?P<>a)", "(?P<a", "(?P<a>x)(?P<a>y)", "(?P<1a>x)",
    "(?P=", "(?P=x)", "(?P<a>a(?P=a))", "(?Px)", "(?<", "(?<x)", "(?#abc", "(?z)",
    "(?i", "(?i-", "(?-", "(?i-i:a)", "(?-a:b)", "(?au)", "a(?i)", "(?L)a",
    "(?(", "(?()", "(?(1)a|b)", "(?(a)x)", "(?(-1)x)", "(?(0)x)", "(?(1a)x)",
    "(a)(?(1)x|y|z)", "(?<=a+)b", "(?<=a|bc)d", "(?<!x*)y", r"(?<=(a)\1)", "(?<=(?P<x>a)(?P=x))",
    "^*", "$+", r"\b*", "(?=a)*b", "a|*", "((a)", "[[:alpha:]]x",
    "abc\n(def", "ab\n\ncd)", "(?x)\n  a\n  (b\n",
    "a{99999999999}", "a{4294967295}", "a{4294967294}",
]
for p in patterns:
    try:
        r = re.compile(p)
        print(repr(p), "ok", r.groups)
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), "->", type(e).__name__, e)
for p in [b"(", b"\\q", b"\\u0041", "\u00e9(".encode("latin1"), b"[\xe9-a]", b"(?u)a", b"(?P<\xe9>x)"]:
    try:
        re.compile(p)
        print(p, "ok")
    except re.error as e:
        print(p, "->", e, "|", repr(e.msg), e.pos, e.pattern)
for p, f in [("a", re.L), (b"a", re.U), ("a", re.A | re.U), (b"a", re.A | re.L)]:
    try:
        re.compile(p, f)
        print(p, "ok")
    except ValueError as e:
        print("ValueError", e)
e = re.error("custom")
print(e, e.msg, e.pos, e.pattern, e.lineno, e.colno, isinstance(e, Exception), re.error.__name__, re.error.__module__)
e = re.error("bad", "ab\ncd", 4)
print(e, e.lineno, e.colno)
