for a in [(1,), ('',), ('nosuch',), ('collections.abc',), ('collections.abc', None, None, ['x']), ('math', None, None, (), -1), ('math', None, None, (), 1)]:
    try:
        print(__import__(*a).__name__)
    except Exception as e:
        print(type(e).__name__, e)
print(__import__('math', fromlist=['sqrt']).__name__, __import__(name='math').__name__, __import__('math').sqrt(16))
compose = lambda *fs: lambda x: __import__('functools').reduce(lambda acc, f: f(acc), fs, x)
print(compose(str.strip, str.upper, lambda s: s + '!')('  hi '))
print('__import__' in dir(__builtins__) if not isinstance(__builtins__, dict) else '__import__' in __builtins__)
def make_counter():
    count = 0
    def incr(step=1):
        nonlocal count
        count += step
        return count
    return incr
def f(a, b, /, c, *args, d, e=1, **kw):
    x = a
    def g():
        return x + b
    return g
inc = make_counter()
for fn in [make_counter, inc, f, f(1, 2, 3, d=4), lambda: 0]:
    co = fn.__code__
    print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames, co.co_cellvars, co.co_freevars)
