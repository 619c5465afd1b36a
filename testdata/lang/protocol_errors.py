# Errors for broken protocols: __iter__ returning a non-iterator, __init__ returning a value, bad __next__.
class BadIter:
    def __iter__(self):
        return 5
class BadInit:
    def __init__(self):
        return 1
class NotIterable:
    pass
class BadHash:
    def __hash__(self):
        return "h"
for fn in (lambda: iter(BadIter()), lambda: BadInit(), lambda: list(NotIterable()),
           lambda: [x for x in NotIterable()], lambda: hash(BadHash()), lambda: len(NotIterable()),
           lambda: NotIterable()[0], lambda: NotIterable() + 1, lambda: -NotIterable(),
           lambda: NotIterable()(), lambda: 1 in NotIterable()):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
