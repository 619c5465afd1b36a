import re

text = "He was carefully disguised but captured quickly by police."
for m in re.finditer(r"\w+ly\b", text):
    print('%02d-%02d: %s' % (m.start(), m.end(), m.group(0)))
it = re.finditer(r"\d", "a1b2")
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("done")
print([m.span() for m in re.finditer(r"x*", "axxb")])
print([m.group() for m in re.finditer(r"a*?", "aa")])
print([m.span() for m in re.finditer(r"\b|a", "a b")])
print([(m.pos, m.endpos, m.span()) for m in re.compile(r"\d").finditer("0123456", 2, 5)])
print([m.groupdict() for m in re.finditer(r"(?P<key>\w+):(?P<val>\w+)", "a:1 b:2")])
print(list(re.finditer("z", "abc")))
