from collections import namedtuple, Counter, OrderedDict, defaultdict, ChainMap
P = namedtuple("P", "x y", defaults=[0])
for f in [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, x=2), lambda: P(1)._replace(z=1), lambda: namedtuple("Q", "a a"), lambda: namedtuple("Q", "def")]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(P(1), P._field_defaults, P.__match_args__, P(1, 2)._asdict(), P._make((3, 4)), hash(P(1, 2)) == hash((1, 2)))
c = Counter("abracadabra"); print(c.most_common(3), c.total(), +Counter(a=-1, b=2), -Counter(a=-1), Counter(a=2) | Counter(a=3, b=1), Counter(a=2, b=1) & Counter(a=1))
c2 = Counter(a=1); c2 += Counter(a=-3, b=2); print(c2, Counter("ab") <= Counter("abc"))
o = OrderedDict.fromkeys("abc"); o.move_to_end("a", last=False); print(o, o.popitem(last=False), o == OrderedDict(b=None, c=None))
d = defaultdict(int); print(d["x"], d, d.copy(), defaultdict(None, a=1))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(len(cm), dict(cm), cm.new_child()["b"], list(cm.items()))
