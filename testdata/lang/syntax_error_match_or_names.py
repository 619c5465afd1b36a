# Every alternative of an or-pattern must bind the same names.
point = (1, 2)
match point:
    case (0, y) | (y, 0):
        print("on an axis at", y)
    case (x, 1) | (1, z):
        print("next to an axis")
