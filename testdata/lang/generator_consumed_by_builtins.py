# Generators consumed by builtins (sum, list, max, any, "in", tuple, dict,
# sorted, str.join) are resumed directly: errors, StopIteration inside the
# generator, re-entrance and early exit must behave as through __next__.

def gen(n):
    for i in range(n):
        yield i


print(sum(gen(10)), sum(x * x for x in range(5)), list(gen(4)), tuple(gen(3)))
print(max(gen(7)), min(x for x in gen(5) if x > 2), any(x > 3 for x in gen(5)))
print(3 in gen(5), 9 in gen(5), sorted(gen(4), reverse=True), ",".join(str(x) for x in gen(4)))
print(dict((x, x * x) for x in gen(3)), set(gen(3)), sum(gen(3), 10))

# The return value of a generator is not an item.
def returns():
    yield 1
    return 99


print(list(returns()), sum(returns()))


# A StopIteration raised inside the generator is a RuntimeError (PEP 479).
def leaks():
    yield 1
    raise StopIteration("inner")


try:
    print(sum(leaks()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


# An error inside the generator reaches the consumer with its traceback.
def fails():
    yield 1
    yield 1 // 0


try:
    list(fails())
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ZeroDivisionError:", e, names)


# A generator that consumes itself is already executing.
def selfish():
    yield sum(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# Finished and closed generators give nothing more.
g = gen(3)
print(list(g), list(g), sum(g))
g = gen(3)
next(g)
g.close()
print(list(g))

# any() stops early and leaves the generator suspended where it was.
g = gen(10)
print(any(x == 2 for x in g), next(g))


# A generator that sends to itself through a consumer sees the None sent.
def echo():
    got = []
    for i in range(3):
        got.append((yield i))
    yield got


print(list(echo()))

# Lists and tuples iterated by sum, min and max while a key function
# changes the list: the length is read at each step.
items = [5, 3, 8, 1]


def key(x):
    if len(items) < 7:
        items.append(x + 10)
    return x


print(max(items, key=key), items)
items = [5, 3, 8, 1]


def shrink(x):
    if len(items) > 2:
        items.pop()
    return -x


print(min(items, key=shrink), items)
print(sum([1, 2, 3]), sum((1.5, 2.5)), sum([[1], [2]], []), sum(()))
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
