# contextlib: contextmanager, suppress, closing, ExitStack, nullcontext.
from contextlib import contextmanager, suppress, closing, ExitStack, nullcontext
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("inside", t)
    with tag("span"):
        print("nested")
@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)
with swallow():
    raise ValueError("oops")
print("after swallow")
try:
    with tag("p"):
        raise KeyError("k")
except KeyError:
    print("KeyError propagated through tag")
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
class Resource:
    def close(self):
        print("closed resource")
with closing(Resource()) as r:
    print("using", type(r).__name__)
with ExitStack() as stack:
    for n in ("a", "b"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("in stack")
with nullcontext(5) as v:
    print("nullcontext gives", v)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
