# except* handles parts of an ExceptionGroup; unhandled parts re-raise.
def raiser():
    raise ExceptionGroup("errors", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
try:
    try:
        raiser()
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])
except ExceptionGroup as rest:
    print("left over:", rest, [repr(e) for e in rest.exceptions])
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", type(eg).__name__, repr(eg.exceptions))
try:
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* OSError:
        raise RuntimeError("from handler")
except RuntimeError as e:
    print("raised from handler:", e, type(e.__context__).__name__)
try:
    raise ExceptionGroup("x", [ValueError(1)])
except* (ValueError, TypeError) as eg:
    print("tuple type:", eg.exceptions)
else:
    print("no else")
finally:
    print("finally")
