import re

# Patterns that compile with a FutureWarning (possible set operations).
for p in [r"[[a-z]]", r"[a--b]", r"[a&&b]", r"[a||b]", r"[a~~b]"]:
    print(p, re.compile(p).pattern)
try:
    re.search(r"abc\\d(", "abc")
except re.error as e:
    print("caught:", e.msg, e.pos)
