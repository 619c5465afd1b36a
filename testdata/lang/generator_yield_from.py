# yield from: delegation, return values, send/throw passthrough.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield from range(2)
    yield from "ab"
    return "outer-result"
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), {4: None}, "5")))
def tree(node):
    value, children = node
    yield value
    for c in children:
        yield from tree(c)
t = ("a", [("b", [("d", [])]), ("c", [])])
print(list(tree(t)))
def sub():
    try:
        yield 1
    except KeyError:
        print("sub handled KeyError")
        yield "after"
def delegator():
    yield from sub()
d = delegator()
next(d)
print(d.throw(KeyError))
