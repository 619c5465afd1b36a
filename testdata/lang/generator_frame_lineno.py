# A generator's frame line before it starts is co_firstlineno (the first
# decorator's line for a decorated def), then the suspension line.
def deco(obj):
    return obj

def gen():
    yield 1
    yield 2

@deco
def decorated_gen():

    yield 1

g = gen()
print(g.gi_frame.f_lineno, gen.__code__.co_firstlineno)
next(g)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
d = decorated_gen()
print(d.gi_frame.f_lineno, decorated_gen.__code__.co_firstlineno)
print(list(d))
print(g.gi_frame is not None, d.gi_frame)
