# Reflected operators: a subclass's reflected method wins over the left operand's method.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return f"Num.__add__({self.v}, {getattr(o, 'v', o)})"
    def __radd__(self, o):
        return f"Num.__radd__({self.v}, {getattr(o, 'v', o)})"
    def __eq__(self, o):
        print("Num.__eq__")
        return NotImplemented
class Special(Num):
    def __radd__(self, o):
        return f"Special.__radd__({self.v}, {getattr(o, 'v', o)})"
    def __eq__(self, o):
        print("Special.__eq__")
        return NotImplemented
print(Num(1) + Num(2))
print(Num(1) + Special(2))
print(5 + Num(3), Num(3) + 5)
print(Num(1) == Special(1))
print(Num(1) == Num(1))
class Cmp:
    def __lt__(self, o):
        return "Cmp.__lt__"
    def __gt__(self, o):
        return "Cmp.__gt__"
print(Cmp() < 1, 1 < Cmp(), 1 > Cmp())
