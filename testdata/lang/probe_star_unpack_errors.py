class BadIter:
    def __iter__(self): return [1, 2]
class Raiser:
    def __iter__(self): raise TypeError('inner')
class GI:
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return i
def f(*a): return a
for t in [lambda: [*BadIter()], lambda: f(*BadIter()), lambda: [*Raiser()], lambda: f(*Raiser()), lambda: [*GI()], lambda: f(*GI()), lambda: (*5,), lambda: {*5}, lambda: f(*5), lambda: f(1, *None), lambda: print(*BadIter()), lambda: [x for x in BadIter()], lambda: list(BadIter()), lambda: set(Raiser()), lambda: a_b(*[]) if False else None]:
    try:
        print(t())
    except TypeError as e:
        print(e)
for src in [BadIter(), Raiser(), GI(), 5, None]:
    try:
        a, b = src
        print(a, b)
    except TypeError as e:
        print(e)
class C:
    def m(self, *a): return a
for t in [lambda: C().m(*5), lambda: C().m(1, *5), lambda: C.m(*5), lambda: f(*5, **{}), lambda: f(*BadIter(), x=1)]:
    try:
        print(t())
    except TypeError as e:
        print(e)
