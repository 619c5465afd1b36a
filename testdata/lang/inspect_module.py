# inspect: the predicates asyncio users reach for, signature with
# Signature/Parameter reprs and bind, getmembers, getdoc and cleandoc.
import asyncio
import functools
import inspect
from inspect import Parameter, Signature


def plain(a, b=1, *args, c, d=2, **kw) -> int:
    """Plain function.

        Indented detail.
    """


async def coro_fn(x: int, /, y: str = 'y') -> None:
    await asyncio.sleep(0)


def gen_fn():
    yield 1


async def agen_fn():
    yield 1


class Widget:
    """A widget."""
    size = 3

    def __init__(self, name: str, *, colour='red'):
        self.name = name

    def method(self, n, /, m=0):
        return n

    async def amethod(self):
        pass

    @classmethod
    def make(cls, value):
        return cls(value)

    @staticmethod
    def helper(p, q=None):
        pass

    def __call__(self, event, *extra):
        pass


class Child(Widget):
    def method(self, n, /, m=0):
        return n


w = Widget('w')
part = functools.partial(plain, 1, c=3)
c = coro_fn(1)
g = gen_fn()
ag = agen_fn()
items = [plain, coro_fn, gen_fn, agen_fn, Widget, w, w.method, w.amethod, Widget.make, Widget.helper,
         len, print, [].append, inspect, c, g, ag, part, 42, lambda: 0, str.join]
preds = ['isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isroutine',
         'iscoroutinefunction', 'isgeneratorfunction', 'isasyncgenfunction',
         'iscoroutine', 'isgenerator', 'isasyncgen', 'isawaitable']
for p in preds:
    f = getattr(inspect, p)
    print(f"{p:22}", ''.join('1' if f(x) else '.' for x in items))


class Awaitable:
    def __await__(self):
        yield


print(inspect.isawaitable(Awaitable()), inspect.isawaitable(asyncio.sleep(0).__await__()) if False else None)
print(inspect.iscoroutinefunction(functools.partial(coro_fn, 1)), inspect.iscoroutinefunction(Widget.amethod))
c.close()

for obj in [plain, coro_fn, gen_fn, Widget, w, w.method, Widget.method, Widget.make, Widget.helper,
            part, functools.partial(Widget.helper, q=1), lambda x, *, y=[1, 2]: 0,
            functools.wraps(plain)(lambda *a, **k: None)]:
    sig = inspect.signature(obj)
    print(repr(sig), '|', str(sig), '|', list(sig.parameters))

sig = inspect.signature(plain)
print(sig.parameters)
print(sig.return_annotation, sig.parameters['a'].default is Parameter.empty, Signature.empty is Parameter.empty)
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, p.kind.description, repr(p.default), p.annotation is p.empty, int(p.kind))
print(repr(Parameter.POSITIONAL_ONLY), str(Parameter.KEYWORD_ONLY), Parameter.VAR_KEYWORD.description)

b = sig.bind(1, 2, 3, 4, c=5, e=6)
print(b, b.arguments, b.args, b.kwargs)
b = sig.bind(10, c=0)
print(b)
b.apply_defaults()
print(b, b.args, b.kwargs)
print(sig.bind_partial(c=1), sig.bind_partial())
csig = inspect.signature(coro_fn)
print(csig.bind(1), csig.bind(1, 'z').args)
for call in [lambda: sig.bind(), lambda: sig.bind(1), lambda: sig.bind(1, a=2, c=3),
             lambda: sig.bind(1, c=2, zz=3), lambda: csig.bind(x=1),
             lambda: csig.bind(1, 2, 3), lambda: inspect.signature(lambda a, *, k: 0).bind(1),
             lambda: inspect.signature(lambda a, /, **kw: 0).bind(a=1),
             lambda: inspect.signature(lambda a=1, /, **kw: 0).bind(a=1),
             lambda: inspect.signature(lambda a=1, /: 0).bind(a=1),
             lambda: inspect.signature(42)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

p = Parameter('x', Parameter.KEYWORD_ONLY, default=5, annotation=int)
print(repr(p), p.replace(default=6), p.replace(annotation=Parameter.empty))
s2 = Signature([Parameter('a', Parameter.POSITIONAL_ONLY), p], return_annotation=list[int])
print(s2, s2.replace(return_annotation=Signature.empty), s2 == Signature([Parameter('a', Parameter.POSITIONAL_ONLY), p], return_annotation=list[int]))
for bad in [lambda: Parameter('1a', Parameter.POSITIONAL_ONLY), lambda: Parameter('a', 7),
            lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1),
            lambda: Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter('a', Parameter.POSITIONAL_OR_KEYWORD, default=1), Parameter('b', Parameter.POSITIONAL_OR_KEYWORD)]),
            lambda: Signature([Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('a', Parameter.KEYWORD_ONLY)])]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def annotated(a: 'Widget', b: list[int], c: Widget = None, *d: int, **e: str) -> 'str': pass
print(inspect.signature(annotated))

print([name for name, _ in inspect.getmembers(Widget) if not name.startswith('__')])
print([n for n, v in inspect.getmembers(w, inspect.ismethod)])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print(repr(inspect.getdoc(plain)), inspect.getdoc(Widget), inspect.getdoc(Child), repr(inspect.getdoc(Child.method)))
print(repr(inspect.cleandoc('  first\n      second\n    third\n\n')), repr(inspect.cleandoc('\n\tx\n\t  y')))
print(inspect.unwrap(functools.wraps(plain)(lambda: 0)) is plain, inspect.getmodule(plain).__name__, inspect.isabstract(Widget))
