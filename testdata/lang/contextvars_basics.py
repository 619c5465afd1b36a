import contextvars
from contextvars import ContextVar, Token, Context, copy_context
def strip(s):
    out = s
    while ' at 0x' in out:
        i = out.index(' at 0x'); j = out.index('>', i)
        out = out[:i] + out[j:]
    return out
v = ContextVar('v', default=1)
w = ContextVar('w')
print(strip(repr(v)), strip(repr(w)), v.name)
print(v.get(), v.get(5), w.get(7))
try: w.get()
except LookupError as e: print(type(e).__name__, strip(str(e)), e.args[0] is w)
t = v.set(10)
print(strip(repr(t)), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
print(v.get())
v.reset(t)
print(strip(repr(t)))
try: v.reset(t)
except RuntimeError as e: print(type(e).__name__, strip(str(e)))
t2 = w.set(3)
try: v.reset(t2)
except ValueError as e: print(type(e).__name__, strip(str(e)))
try: v.reset(5)
except TypeError as e: print(type(e).__name__, e)
try: ContextVar(5)
except TypeError as e: print(type(e).__name__, e)
try: Token()
except RuntimeError as e: print(type(e).__name__, e)
try:
    class X(ContextVar): pass
except TypeError as e: print(type(e).__name__, e)
try: hash(Context())
except TypeError as e: print(type(e).__name__, e)
print(hash(v) == hash(v))
ctx = copy_context()
print(type(ctx).__name__, w in ctx, v in ctx, len(ctx), ctx[w], ctx.get(v), ctx.get(v, 'd'), list(ctx.keys()) == [w], list(ctx.values()), [(k.name, x) for k, x in ctx.items()])
try: ctx[v]
except KeyError as e: print(type(e).__name__, strip(str(e)))
try: ctx[1]
except TypeError as e: print(type(e).__name__, e)
try: 1 in ctx
except TypeError as e: print(type(e).__name__, e)
def f(a, b=2):
    w.set(a + b)
    print('in f', w.get(), v.get())
    try:
        ctx.run(print, 1)
    except RuntimeError as e: print(type(e).__name__, strip(str(e)))
    return 'r'
print(ctx.run(f, 1, b=5), w.get(), ctx[w])
c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, c2 != ctx, Context() == Context(), ctx == 1)
c2.run(w.set, 99)
print(c2[w], ctx[w])
t3 = w.set(4)
try: ctx.run(w.reset, t3)
except ValueError as e: print(type(e).__name__, strip(str(e)))
print(list(iter(Context())), len(Context()))
try: ctx.run()
except TypeError as e: print(type(e).__name__, e)
try: v.get(1, 2)
except TypeError as e: print(type(e).__name__, e)
try: v.set()
except TypeError as e: print(type(e).__name__, e)
try: ContextVar('a', 1)
except TypeError as e: print(type(e).__name__, e)
try: ContextVar()
except TypeError as e: print(type(e).__name__, e)
print(ContextVar[int], Token[int] if hasattr(Token,'__class_getitem__') else None)
try: Context(1)
except TypeError as e: print(type(e).__name__, e)
print(contextvars.__all__ if hasattr(contextvars,'__all__') else None)
print(type(v).__module__, type(ctx).__module__, type(t).__module__)
print(t3.old_value, t.old_value is Token.MISSING)
for obj, attr in ((v, 'name'), (t, 'var'), (t, 'old_value')):
    try:
        setattr(obj, attr, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
