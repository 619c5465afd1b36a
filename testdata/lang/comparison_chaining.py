# Comparison operators, chaining and short-circuit evaluation of chains.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0 == True, 1 != 2 != 1)
print(1 < 2 > 0, 2 <= 2 >= 2, 0 < 5 <= 5 < 6)
def v(x):
    print("eval", x)
    return x
print(v(1) < v(0) < v(5))
print(v(1) < v(2) < v(3))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "abc" < "b")
print([1, 2] == [1, 2], (1,) == [1], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(None == None, None is None, float("nan") == float("nan"))
a = [1]
b = [1]
print(a == b, a is b, a is not b, a is a)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 3} > {1})
try:
    print(1 < "2")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
