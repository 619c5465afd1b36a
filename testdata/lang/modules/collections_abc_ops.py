from collections.abc import Callable, Mapping, Sequence, Iterable, MutableSet, Set, Hashable
class C:
    def m(self): pass
    def __call__(self): pass
print(isinstance(len, Callable), isinstance(lambda: 1, Callable), isinstance(C().m, Callable), isinstance(C, Callable), isinstance(C(), Callable), isinstance(1, Callable))
print(isinstance({}.keys(), Set), isinstance(range(3), Sequence), isinstance({}, Hashable), isinstance(set(), MutableSet), isinstance("x", Iterable))
class S(Set):
    def __init__(self, it): self.s = list(dict.fromkeys(it))
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def __contains__(self, x): return x in self.s
print(sorted(S([1,2,3]) & S([2,3,4])), sorted(S([1]) | S([2])), S([1,2]) <= S([1,2,3]), S([1]) == S([1]))
