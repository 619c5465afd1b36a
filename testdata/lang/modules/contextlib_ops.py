from contextlib import contextmanager, suppress, ExitStack, nullcontext
@contextmanager
def cm(n):
    print("enter", n)
    try:
        yield n
    except KeyError:
        print("handled")
    finally:
        print("exit", n)
with cm(1) as v:
    print(v)
with cm(2):
    raise KeyError
with suppress(ValueError):
    int("x")
with ExitStack() as s:
    s.callback(print, "cb1")
    s.enter_context(cm(3))
    s.callback(print, "cb2")
print(nullcontext(7).__enter__())
@cm(4)
def decorated():
    print("body")
decorated()
