# and / or / not return operands and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", None or 0 or [])
print(not 0, not 1, not "", not [1], not None)
def side(x):
    print("side", x)
    return x
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
x = None
name = x or "anon"
print(name)
print(True and "yes" or "no", False and "yes" or "no")
print(1 if [] else 2, "a" if "b" else "c")
