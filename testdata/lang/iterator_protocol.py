# Iterator protocol on user classes, iter() with sentinel, StopIteration.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(4)))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
r = Range2(7)
print(list(r), list(r), sum(r))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
vals = iter([5, 4, 0, 3])
print(list(iter(lambda: next(vals), 0)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
class OldStyle:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 100
print(list(OldStyle()), list(iter(OldStyle())))
d = {"a": 1}
di = iter(d)
print(next(di), type(di).__name__)
