# Unpacking in displays and calls: [*a, *b], (*a,), {*a}, {**a, **b}, f(*a, *b, **c, **d).
a = [1, 2]
b = (3, 4)
s = "xy"
print([*a, *b, *s], (*a, 0), {*a, *b}, [*range(3), *{5: 0}])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d1, "y": "literal", **{"w": 0}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b, 9, **d1, **{"k": 1}))
try:
    f(**d1, **{"x": 5})
except TypeError as e:
    print("TypeError:", e)
first, *middle, last = [*a, *b]
print(first, middle, last)
print(*[1, 2], *"ab", sep=",")
nested = [[*row, 0] for row in [[1], [2, 3]]]
print(nested)
