import copy
from collections import namedtuple, defaultdict, Counter, OrderedDict, deque
class A:
    def __init__(self): self.x = [1, [2]]
a = A(); b = copy.copy(a); c = copy.deepcopy(a)
print(b.x is a.x, c.x is a.x, c.x[1] is a.x[1], c.x == a.x)
l = [1, [2, 3], {"k": [4]}]; m = copy.deepcopy(l); m[1].append(9); print(l, m)
P = namedtuple("P", "x y"); print(copy.deepcopy(P(1, [2])), copy.copy(defaultdict(list, a=[1])), copy.deepcopy(Counter("aab")), copy.copy(OrderedDict(a=1)), copy.deepcopy(deque([1,[2]])))
r = [1]; r.append(r); r2 = copy.deepcopy(r); print(r2[1] is r2)
