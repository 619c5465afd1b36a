# A class pattern names each attribute once, positional or keyword.
class C:
    __match_args__ = ("a", "a")
    def __init__(self):
        self.a = 1
try:
    match C():
        case C(1, 1):
            print("matched")
except TypeError as e:
    print(type(e).__name__, e)
class D:
    __match_args__ = ("a",)
    a = 1
try:
    match D():
        case D(1, a=1):
            print("matched")
except TypeError as e:
    print(type(e).__name__, e)
