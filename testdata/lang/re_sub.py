import re

print(re.sub(r"def\s+([a-zA-Z_][a-zA-Z_0-9]*)\s*\(\s*\):",
             r"static PyObject*\npy_\1(void)\n{", "def myfunc():"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "hello world"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))
print(re.sub(r"(\w+)", r"\g<1>0", "ab cd"))
print(re.sub(r"\w+", r"[\g<0>]", "ab cd"))
print(re.sub(r"(a)|b", r"<\1>", "abc"))
print(re.sub(r"x", r"\n\t\\", "axb"))
print(repr(re.sub(r"x", "\\0101", "axb")), repr(re.sub("x", r"\101", "x")))
print(re.sub(r"\d", lambda m: str(int(m.group()) + 1), "a1 b9 c5"))
print(re.sub(r"\s+", " ", "  lots   of\n\nspace  "))
print(re.sub("a", "b", "aaaa", count=2), re.sub("a", "b", "aaaa", 0))
print(re.subn(r"o", "0", "foo boo"), re.subn("z", "y", "abc"))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"))
print(re.sub(r"(?i)HELLO", "bye", "Hello hello HELLO"))
print(re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "the quick brown fox"))
print(re.compile(r"\d+").sub("#", "a1b22c333", 2))
print(re.compile(r"\d+").subn(lambda m: "<%s>" % m.group(), "a1b22c333"))
print(re.sub("(b)?a", r"[\1]", "ba a"))
print(re.sub(r"(?m)^", "> ", "line one\nline two"))
print(re.sub("a", lambda m: None or "", "banana"))
def dashrepl(m):
    return " " if m.group(0) == "-" else "-"
print(re.sub("-{1,2}", dashrepl, "pro----gram-files"))
print(re.sub(b"o", b"0", b"foo"), re.sub(b"(o)", rb"[\1]", b"foo"))
