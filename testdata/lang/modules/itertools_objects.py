# The iterator objects of itertools and the builtins: reprs, length hints,
# __iter__/__next__ called directly, and their argument errors.
import itertools

r = itertools.repeat(1, 3)
print(r.__length_hint__(), repr(itertools.count(2, 3)), repr(itertools.count()), repr(r), repr(itertools.repeat("x")))
print(next(r), r.__next__(), r.__iter__() is r, list(r), r.__length_hint__())
e = enumerate("ab")
print(e.__next__(), next(iter(e)), list(zip.__iter__(zip([1], [2]))))
calls = [
    lambda: r.__length_hint__(1),
    lambda: itertools.repeat("x").__length_hint__(),
    lambda: itertools.repeat.__length_hint__(1),
    lambda: itertools.count.__next__(1),
    lambda: enumerate.__next__([]),
    lambda: map.__iter__(1),
]
for f in calls:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
