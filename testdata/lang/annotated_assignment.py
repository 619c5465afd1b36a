# Annotated assignments: annotations are evaluated at module level but not enforced.
x: int = 5
y: str = 42  # not checked
z: list[int]
print(x, y)
try:
    print(z)
except NameError as e:
    print("NameError:", e)
def f(a: int, b: "str" = "d") -> bool:
    v: float = a * 2
    return v
print(f(3), f("ab"))
print(__annotations__)
print(f.__annotations__)
class C:
    count: int = 0
    label: str
print(C.count, "label" in C.__dict__, C.__annotations__)
