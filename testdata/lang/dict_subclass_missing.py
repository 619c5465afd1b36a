# Subclassing dict and list: __missing__, overriding methods, what built-in methods bypass.
class Defaulting(dict):
    def __missing__(self, key):
        print("missing", key)
        value = self[key] = len(key)
        return value
d = Defaulting(a=1)
print(d["a"], d["abc"], d, d.get("zz"), "zz" in d)
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper()
u["x"] = 1
u.update(y=2)
print(u, isinstance(u, dict), type(u).__name__)
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1])
s.push(2).push(3)
print(s, s.peek(), len(s), s + [4], type(s + [4]).__name__, type(s[:1]).__name__)
class Counted(list):
    def __repr__(self):
        return f"Counted{super().__repr__()}x{len(self)}"
print(Counted("ab"), sorted(Counted([3, 1])))
