# Closures capturing cells, nonlocal rebinding, late binding.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
def multipliers():
    return [lambda v: v * i for i in range(4)]
print([m(2) for m in multipliers()])
def accumulate():
    items = []
    def add(x):
        items.append(x)
        return items
    return add
acc = accumulate()
acc(1)
print(acc(2))
def nested_nonlocal():
    a = 1
    def f1():
        nonlocal a
        a += 1
        def f2():
            nonlocal a
            a *= 10
        f2()
    f1()
    return a
print(nested_nonlocal())
print(c1.__closure__ is not None, len(c1.__closure__), c1.__closure__[0].cell_contents)
