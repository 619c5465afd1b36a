# contextlib: contextmanager, suppress, closing.
from contextlib import contextmanager, suppress, closing
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
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
