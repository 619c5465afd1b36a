# Evaluation order: operands, arguments, subscripts, dict displays and assignments are left to right.
def v(label, value=None):
    print("eval", label)
    return label if value is None else value
print(v("a", 1) + v("b", 2) * v("c", 3))
def f(*args, **kwargs):
    return args, kwargs
print(f(v("p1"), v("p2"), k=v("kw")))
d = {v("k1"): v("v1"), v("k2"): v("v2")}
lst = [0, 0, 0]
lst[v("index", 1)] = v("value", 9)
print(lst)
x, y = v("first", 1), v("second", 2)
obj = type("O", (), {})()
obj.attr = v("rhs", 5)
print(v("left", 1) < v("mid", 2) < v("right", 3))
print([v(f"item{i}", i) for i in range(2)], v("cond", True) and v("then", "t"))
a = {}
a[v("outer", "o")] = {v("inner", "i"): v("val", 0)}
print(a)
