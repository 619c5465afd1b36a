# with statements on user classes: __enter__/__exit__, several items, suppression.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name + "-value"
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Ctx("a") as a, Ctx("b") as b:
    print("body", a, b)
with Ctx("outer", suppress=True):
    with Ctx("inner"):
        raise ValueError("boom")
    print("not reached")
print("after suppression")
try:
    with Ctx("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
def early():
    with Ctx("ret"):
        return "returned"
print(early())
for i in range(2):
    with Ctx(f"loop{i}"):
        if i == 0:
            continue
        break
with (Ctx("p1") as x,
      Ctx("p2") as y):
    print(x, y)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
