def make_counter():
    count = 0
    def incr(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return incr, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__ is not None, len(inc.__closure__))
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
funcs = [lambda x, i=i: x * i for i in range(4)]
print([fn(10) for fn in funcs])
adders = {}
for name, n in [('one', 1), ('two', 2)]:
    def adder(v, n=n):
        return v + n
    adders[name] = adder
print(adders['one'](10), adders['two'](10), adders['one'].__name__)
def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memo
def slow_sq(n):
    print('computing', n)
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq.cache)
x = 'global'
def shadow():
    x = 'local'
    def show():
        global x
        return x
    return show()
print(shadow())
def gen_closure():
    for i in range(3):
        yield lambda: i
print([f() for f in gen_closure()], [f() for f in list(gen_closure())])
def counter_gen():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
g = counter_gen(); next(g); g.send(5); print(g.send(10))
class Acc:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
print(Acc().add(1).add(2).items)
compose = lambda *fs: lambda x: __import__('functools').reduce(lambda acc, f: f(acc), fs, x)
print(compose(str.strip, str.upper, lambda s: s + '!')('  hi '))
