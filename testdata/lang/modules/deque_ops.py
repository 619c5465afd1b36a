from collections import deque
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); print(d, d.maxlen)
d.appendleft(0); print(d, d.popleft(), d.pop(), d)
d.extendleft("ab"); print(d); d.rotate(-1); print(d, d.index(2), d.count(2))
d.insert(1, "x") if len(d) < 4 else None; print(d[0], d[-1], 2 in d, list(reversed(d)))
d.clear(); print(d, bool(d), len(d))
e = deque(range(5)); del e[1]; e[0] = 9; e.remove(3); e.reverse(); print(e, e * 2, e + deque([7]), e == deque([4, 2, 9]), e < deque([5]))
for f in [lambda: deque().pop(), lambda: deque()[0], lambda: deque([1]).remove(5), lambda: deque([1], maxlen=1).insert(0, 2)]:
    try: f()
    except Exception as ex: print(type(ex).__name__, ex)
it = iter(e); e.append(1)
try: next(it)
except RuntimeError as ex: print(ex)
class D(deque):
    pass
print(D([1]), deque([[1]]).copy())
