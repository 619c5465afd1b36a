import re

m = re.search(r"(\w+)@(\w+)\.com", "mail bob@example.com today")
print(m)
print(repr(m), str(m) == repr(m), bool(m))
print(re.match("x*", "yyy"), re.match(b"ab", b"abc"))
print(re.search(".+", "a" * 100))
print(re.search(".+", "ab'cd"), re.search('.+', 'ab"c\'d'), re.search(".+", "é\n", re.S))
print(m[0], m[1], m[2], m.group(2, 1))
print(m.expand(r"user=\1 host=\2 all=\g<0>"), m.expand(b"x" if False else r"\\1"))
print(m.re.pattern, m.string, m.pos, m.endpos)
print(type(m).__name__, isinstance(m, re.Match))
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
if m:
    print("truthy")
m = re.match(r"(?P<a>x)(?P<b>y)?", "x")
print(m.groupdict(), m.groupdict(""), m.groups(0), m.lastgroup, m.lastindex)
print(m.start("b"), m.end("b"), m.span("a"), m.regs)
pat = re.compile(r"(?P<key>\w+)=(?P<value>[^;]*)")
config = {m["key"]: m["value"] for m in pat.finditer("a=1;b=two;c=")}
print(config)
for cls in (re.Pattern, re.Match):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
