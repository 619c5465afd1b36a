# __hash__ and __eq__ make user objects usable as dict keys and set members.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        print("eq called")
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"
d = {Key(1, 2): "first"}
print(d[Key(1, 2)])
s = {Key(1, 2), Key(1, 2), Key(3, 4)}
print(len(s))
class Identity:
    pass
i1, i2 = Identity(), Identity()
print(len({i1, i2, i1}), i1 == i1, i1 == i2)
class ConstHash:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, ConstHash)
print(len({ConstHash(), ConstHash()}))
print(hash(3) == hash(3.0) == hash(True if False else 3), {1: "a", 1.0: "b"}, {0, 0.0, False})
