# with A() as a, B() as b: when B's __enter__ fails, A's __exit__ still runs.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"{self.name} cannot enter")
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False
try:
    with CM("a") as a, CM("b", fail_enter=True) as b, CM("c") as c:
        print("body")
except RuntimeError as e:
    print("RuntimeError:", e)
with CM("x") as x:
    with CM("y") as y:
        print("nested body", x, y)
