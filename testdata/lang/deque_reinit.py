# deque.__init__ clears and refills, as CPython's does; deque() fills once.
from collections import deque
d = deque([1, 2, 3])
d.__init__([9])
print(d)
d.__init__([7, 8], 1)
print(d, d.maxlen)
d.__init__()
print(d, d.maxlen)
print(deque(iter([1, 2, 3])), deque(x * x for x in range(4)), deque("ab", maxlen=1))
class D(deque):
    def __init__(self, n):
        super().__init__(range(n), n)
print(D(3), D(3).maxlen)
class E(deque):
    def __init__(self, *a):
        pass
print(E([1, 2]))
for bad in [(1,), ([1], -1), ([1], 1, 2)]:
    try:
        deque(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    deque([1], maxlen="x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    deque(foo=1)
except TypeError as e:
    print(type(e).__name__, e)
