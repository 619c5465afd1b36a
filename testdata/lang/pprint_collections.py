# pprint of collections, dataclasses, namespaces and PrettyPrinter options.
import pprint, io
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, namedtuple
from dataclasses import dataclass, field
from types import SimpleNamespace

words = "the quick brown fox jumps over the lazy dog the end of the story is near the fox".split()
pprint.pprint(Counter(words), width=40)
pprint.pprint(OrderedDict((w, len(w)) for w in words[:8]), width=40)
dd = defaultdict(list)
for w in words:
    dd[w[0]].append(w)
pprint.pprint(dd, width=50)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=25), width=40)
pprint.pprint(ChainMap({"a": 1, "b": list(range(20))}, {"c": 3}), width=40)
pprint.pprint([OrderedDict(), defaultdict(int), Counter(), deque()])

@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)

@dataclass
class Shape:
    name: str
    points: list
    meta: dict = field(default_factory=dict, repr=True)

s = Shape("polygon", [Point(i, i * i, ["vertex", str(i)]) for i in range(4)], {"closed": True, "color": "red"})
pprint.pprint(s)
pprint.pprint(s, width=40)
pprint.pprint(SimpleNamespace(alpha=list(range(15)), beta="b" * 30, gamma={"x": 1}), width=40)
P = namedtuple("P", "x y")
pprint.pprint([P(1, 2)] * 8, width=30)
buf = io.StringIO()
pp = pprint.PrettyPrinter(indent=2, width=30, stream=buf, compact=True)
pp.pprint({"numbers": list(range(25)), "letters": list("abcdefghij")})
print(buf.getvalue(), end="")
print(pp.pformat(list(range(10))), pp.isreadable([1]), pp.isrecursive([1]))
for kw in [{"indent": -1}, {"depth": 0}, {"width": 0}]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print("ValueError:", e)
class Sub(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)
print(Sub(width=20).pformat(["abc", {"k": "v"}, ("x", 1)]))
