# contextlib.ExitStack and nullcontext.
from contextlib import contextmanager, ExitStack, nullcontext
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with ExitStack() as stack:
    for n in ("a", "b"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("in stack")
with nullcontext(5) as v:
    print("nullcontext gives", v)
with ExitStack() as stack:
    stack.callback(print, "unwound despite the error")
    try:
        with ExitStack() as inner:
            inner.enter_context(tag("inner"))
            raise ValueError("inside stack")
    except ValueError as e:
        print("ValueError:", e)
