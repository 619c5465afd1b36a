# StopIteration raised inside a generator becomes RuntimeError (PEP 479); return ends it cleanly.
def leaky():
    yield 1
    raise StopIteration("oops")
try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def uses_next(it):
    while True:
        yield next(it)
try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)
def safe(it):
    for x in it:
        yield x
    return "ignored by list()"
print(list(safe(iter([1, 2]))))
def first_or_none(it):
    return next(it, None)
print(first_or_none(iter([])), first_or_none(iter("x")))
