import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?: (?P<suffix>Jr\.))?", "Malcolm Reynolds")
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "last", 0))
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(default="?"))
print(m.span(), m.span(2), m.span("suffix"), m.start(3), m.end("suffix"))
print(m.lastindex, m.lastgroup, m.regs)
print(m[0], m[1], m["first"], m[3])
m = re.match(r"(a)(b)?", "ac")
print(m.groups(), m.lastindex, m.group(2))
m = re.match(r"((a)(b))", "ab")
print(m.lastindex, m.groups())
m = re.match(r"(?P<outer>(?P<inner>x))", "x")
print(m.lastindex, m.lastgroup)
m = re.match(r"(a)|(b)", "b")
print(m.lastindex, m.groups(), m.span(1))
print(re.match(r"(?:(a)|b)*", "ab").groups())
print(re.match(r"(a*)*", "aa").groups(), re.match(r"(a*)+", "aa").groups())
print(re.match(r"(a|)*", "aa").groups(), re.match(r"(a?)+?b", "aab").groups())
print(re.match(r"((a)|b)+", "ab").groups())
print(re.match(r"x(\w)*", "xabc").group(1))
print(re.compile(r"(a)(b)(?P<c>c)").groups, re.compile(r"(a)(b)(?P<c>c)").groupindex)
m = re.search(r"(\d+)-(\d+)", "tel 555-1234")
a, b = m.groups()
print(int(a) + int(b))
for name in ["no such", 4, -1, 1.5]:
    try:
        m.group(name)
    except IndexError as e:
        print("IndexError", e)
try:
    m.start(7)
except IndexError as e:
    print("IndexError", e)
