# Generator send(), throw() and close(), with GeneratorExit handling.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc), acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally runs")
cl = closer()
print(next(cl))
cl.close()
cl.close()
print("closed twice ok")
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
def running():
    yield gen.send(None)
gen = running()
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
