# Augmented assignment evaluates the target's container and index once.
calls = []
def key(k):
    calls.append(k)
    return k
def container(c):
    calls.append("container")
    return c
d = {"a": 1}
container(d)[key("a")] += 10
print(d, calls)
calls.clear()
lst = [[0, 0], [0, 0]]
lst[key(1)][key(0)] += 5
print(lst, calls)
class Loud:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.data[k] = v
L = Loud()
L["k"] += 1
L["k"] *= 3
print(L.data)
class Attr:
    def __init__(self):
        object.__setattr__(self, "v", 1)
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
a = Attr()
a.v += 1
