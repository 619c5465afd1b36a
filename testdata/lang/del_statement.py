# del on names, list items, slices, dict keys and attributes.
x = 1
del x
try:
    x
except NameError as e:
    print(e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class O: pass
o = O(); o.a = 1; o.b = 2
del o.a
print(vars(o))
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
