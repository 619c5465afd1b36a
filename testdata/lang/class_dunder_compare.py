# Rich comparisons, reflection, __eq__/__hash__ interplay, functools.total_ordering.
import functools
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(2), Version(1, 2)]
print(sorted(vs), max(vs), Version(1) <= Version(1), Version(3) > Version(2, 9), Version(1) >= Version(2))
print(vs[0] == vs[3], vs[0] != vs[1], len(set(vs)), Version(1) == 1)
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print(f"{self.n} < {o.n}")
        return self.n < o.n
    def __gt__(self, o):
        print(f"{self.n} > {o.n}")
        return self.n > o.n
print(Loud(1) < Loud(2))
print(Loud(1) > Loud(2))
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__ is None)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)
