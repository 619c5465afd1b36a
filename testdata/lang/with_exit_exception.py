# Exceptions raised in __enter__ or __exit__, and __exit__ receiving the traceback.
class FailingEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("exit never called")
try:
    with FailingEnter():
        print("body never runs")
except OSError as e:
    print("OSError:", e)
class FailingExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None, tb is not None)
        raise RuntimeError("exit failed")
try:
    with FailingExit():
        raise ValueError("body error")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
try:
    with FailingExit():
        pass
except RuntimeError as e:
    print("RuntimeError without body error, context:", e.__context__)
class Enter:
    def __enter__(self):
        return self
try:
    with Enter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
