# Errors from raise itself: bare raise with no active exception, raising non-exceptions, bad except clauses.
def bare():
    raise
try:
    bare()
except RuntimeError as e:
    print("RuntimeError:", e)
for thing in (5, "text", object, None):
    try:
        raise thing
    except TypeError as e:
        print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    try:
        raise KeyError("x")
    except 42:
        print("never")
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    try:
        raise ValueError("v")
    except (ValueError, NotAnException) as e:
        print("matched despite the non-exception in the tuple:", repr(e))
except TypeError as e:
    print("TypeError:", e)
def reraise_in_handler():
    try:
        raise OSError("disk")
    except OSError:
        try:
            raise
        except OSError as e:
            return "re-raised inside handler: " + str(e)
print(reraise_in_handler())
