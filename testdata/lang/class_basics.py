# Classes: instance and class attributes, methods, __init__, __repr__, __str__.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(1, 2)
print(p, repr(p), [p], str(p), f"{p} {p!r}")
print(p.moved(3, 4), p.dims, Point.dims, type(p).__name__, type(p) is Point)
p.dims = 3
print(p.dims, Point.dims, vars(p))
Point.dims = 4
print(Point(0, 0).dims)
m = p.moved
print(m(1, 1), m.__self__ is p, m.__func__ is Point.moved)
print(Point.moved(p, 5, 5))
print(isinstance(p, Point), isinstance(p, object), isinstance(1, Point))
print(Point.__name__, Point.__qualname__, Point.__module__)
try:
    p.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point.nothing
except AttributeError as e:
    print("AttributeError:", e)
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, hasattr(e, "anything"), getattr(e, "missing", "dflt"))
