# collections.abc: isinstance checks and the mixin methods a subclass gets for free.
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping,
                             MutableMapping, Set, Callable, Hashable, Sized, Container,
                             Generator, Awaitable, Coroutine, AsyncIterable)
print(isinstance([], Iterable), isinstance([], Iterator), isinstance(iter([]), Iterator))
print(isinstance((), Sequence), isinstance("s", Sequence), isinstance({}, Sequence), isinstance({}, Mapping))
print(isinstance(len, Callable), isinstance([], Hashable), isinstance(1, Hashable), isinstance({1}, Set))
print(isinstance((x for x in []), Generator), issubclass(list, MutableSequence), issubclass(dict, MutableMapping))
class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), 9 in s, s.index(16), s.count(4), list(reversed(s)), len(s))
class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry()
r["a"] = 1
r.update(b=2, c=3)
print(r.get("a"), r.get("z", 0), "b" in r, list(r.keys()), list(r.items()), r.pop("c"), r.setdefault("d", 4), len(r))
class Incomplete(Mapping):
    pass
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
class Sized3:
    def __len__(self):
        return 3
print(isinstance(Sized3(), Sized), isinstance(Sized3(), Container))
