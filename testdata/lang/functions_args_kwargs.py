# *args, **kwargs, keyword-only, positional-only, call-site unpacking.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, z=7))
print(f(*[1, 2, 3], **{"c": 9, "q": 0}))
def pos_only(a, b, /, c, *, d):
    return a + b + c + d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, *(2, 3), *[4], x=1, **{"y": 2}, z=3))
def kwonly(*, key):
    return key
print(kwonly(key="k"))
print(max(*[3, 9, 2]), print(*"abc", sep="-"))
def pass_through(*args, **kwargs):
    return f(*args, **kwargs)
print(pass_through(10, 20, 30, c=40))
def kw_named_like_pos(a, /, **kw):
    return a, kw
print(kw_named_like_pos(1, a=2))
