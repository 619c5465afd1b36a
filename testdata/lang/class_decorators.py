# Class decorators that add methods or register the class.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
registry = {}
def register(key):
    def deco(cls):
        registry[key] = cls
        return cls
    return deco
@register("pt")
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, "a"), registry["pt"] is Point)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self):
        print("config created")
print(Config() is Config())
