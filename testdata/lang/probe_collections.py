from collections import deque, namedtuple, defaultdict, Counter, OrderedDict, ChainMap
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0); print(d, d.maxlen, len(d))
d.rotate(1); print(d); d.rotate(-2); print(d, d[0], d[-1], d.pop(), d.popleft(), d.count(3), list(reversed(d)))
d.extend([7, 8]); d.extendleft([9]); print(d, 3 in d)
try:
    deque().pop()
except IndexError as e:
    print(e)
print(deque(), repr(deque('ab')), deque([1]) == deque([1]))
Pt = namedtuple('Pt', 'x y')
p = Pt(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Pt._fields, Pt._make([3, 4]), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p; print(x, y)
Pt3 = namedtuple('Pt3', ['a', 'b', 'c'], defaults=[0])
print(Pt3(1, 2), Pt3._field_defaults)
try:
    Pt(1)
except TypeError as e:
    print(e)
try:
    p.x = 3
except AttributeError as e:
    print(e)
class P2(namedtuple('P2', 'a b')):
    def total(self):
        return self.a + self.b
print(P2(1, 2).total(), P2(1, 2))
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd['zz'], len(dd), defaultdict(int)['q'])
dc = defaultdict(lambda: 'n/a'); print(dc['x'], dict(dc))
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], c['a'], sorted(c.elements())[:5], c.total())
c.update('aaz'); c.subtract({'b': 5}); print(c)
print(Counter([1, 1, 2]) + Counter([2, 3]), Counter('aab') - Counter('ab'), Counter('ab') & Counter('bb'), Counter('a') | Counter('aab'))
print(Counter({'x': 3, 'y': 1}).most_common(), Counter(), dict(Counter('aa')), +Counter({'a': -1, 'b': 1}))
od = OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, list(od), od.popitem(last=False), od)
od2 = OrderedDict(); od2['x'] = 1; od2['y'] = 2; od2.move_to_end('y', last=False); print(od2, od2 == OrderedDict(y=2, x=1))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps)
for attempt in [lambda: setattr(p, 'y', 0)]:
    try:
        attempt()
    except AttributeError as e:
        print(e)
