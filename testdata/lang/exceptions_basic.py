# try / except / else / finally flow.
def attempt(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError:
        print("except")
        return "error"
    else:
        print("else")
        return r
    finally:
        print("finally")
print(attempt(2))
print(attempt(0))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
try:
    int("x")
except (TypeError, ValueError) as e:
    print("tuple catch:", type(e).__name__, e)
try:
    [][0]
except LookupError as e:
    print("base class catch:", type(e).__name__)
try:
    try:
        {}["k"]
    except KeyError:
        print("inner handler")
        raise
except KeyError as e:
    print("re-raised", repr(e))
e = None
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
while True:
    try:
        break
    finally:
        print("finally on break")
