# re.Pattern and re.Match: methods, attributes and argument errors.
import re, copy

p = re.compile(r"(?P<word>\w+) (\d+)?")
m = p.match("hello 42 rest")
print(p, m, p == re.compile(r"(?P<word>\w+) (\d+)?"), p != re.compile("x"), hash(p) == hash(re.compile(r"(?P<word>\w+) (\d+)?")))
print(copy.copy(p) is p, copy.deepcopy(m) is m, m[1], m["word"], m.group(0, 2), m.groups(), m.groupdict())
print(m.start(), m.end(2), m.span("word"), m.expand(r"<\2:\g<word>>"), m.pos, m.endpos, m.string, m.re is p)
print(m.lastindex, m.lastgroup, m.regs, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(p.search("  ab 7").span(), p.fullmatch("ab 7"), p.findall("a 1 b c 2"), [x.group() for x in p.finditer("x 1 y 2")])
print(p.sub(r"\2", "a 1 b 2"), p.subn("-", "a 1 b 2", count=1), re.compile(",").split("a,b,c", maxsplit=1))
calls = [
    lambda: p.__copy__(1),
    lambda: p.__deepcopy__(),
    lambda: m.__copy__(1),
    lambda: m.__deepcopy__(),
    lambda: m.group(x=1),
    lambda: p.match(),
    lambda: p.sub("a"),
    lambda: re.Pattern(),
    lambda: re.Match(),
]
for f in calls:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
