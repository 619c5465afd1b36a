# collections: deque, namedtuple, defaultdict, Counter, OrderedDict.
from collections import deque, namedtuple, defaultdict, Counter, OrderedDict
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2]); print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d, len(d), d[0], d[-1], 7 in d)
bounded = deque(maxlen=3)
for i in range(5):
    bounded.append(i)
print(bounded, bounded.maxlen, list(reversed(bounded)), deque("abc").count("a"))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, tuple(p), p == (1, 2))
x, y = p
print(x + y, Point._make([5, 6]))
P3 = namedtuple("P3", "a b c", defaults=[0])
print(P3(1, 2), isinstance(p, tuple))
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["missing"], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
c = Counter("mississippi")
print(c, c.most_common(2), c["s"], c["z"])
c.update("ss"); c.subtract({"i": 4}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), sorted(Counter("aab").elements()))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), c.total())
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); print(od)
od.move_to_end("c", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
