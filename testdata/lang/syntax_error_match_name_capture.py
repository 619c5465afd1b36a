# A bare capture pattern before other cases makes them unreachable.
def describe(value):
    match value:
        case 0:
            return "zero"
        case other:
            return f"other {other}"
        case 1:
            return "one"
print(describe(1))
