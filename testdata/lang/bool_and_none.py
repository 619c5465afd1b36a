# bool is an int subclass; None is a singleton.
print(True == 1, False == 0, True + True, True * 3, int(True), isinstance(True, int))
print(str(True), repr(False), True is True, bool(None), type(None).__name__)
print(sum([True, True, False]), [1, 2, 3][True], {True: "a", 1: "b"})
print(None is None, None == 0, None == False, not None)
def nothing():
    pass
print(nothing(), nothing() is None)
print(True & False, True | False, True ^ True, ~True, -True)
print(max(True, 2), min(False, -1), abs(True), True / 2, True // 2)
print(f"{True}", f"{True:d}", f"{None}", "%s %d" % (False, True))
