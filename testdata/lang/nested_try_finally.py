# Nested try/except/finally: order of finally blocks, re-raise, exception replaced in finally.
def layered():
    try:
        try:
            print("inner try")
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer except", e)
        return "from except"
    finally:
        print("outer finally")
print(layered())
def replace_in_finally():
    try:
        raise KeyError("original")
    finally:
        raise RuntimeError("replacement")
try:
    replace_in_finally()
except RuntimeError as e:
    print("caught", repr(e), "context", repr(e.__context__))
def swallow_by_return():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows"
print(swallow_by_return())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
def except_else_finally(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise OSError("io")
    except OSError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(except_else_finally(False), except_else_finally(True))
try:
    try:
        raise TypeError("a")
    except TypeError:
        try:
            raise ValueError("b")
        except ValueError as inner:
            print("inner context:", repr(inner.__context__))
        raise
except TypeError as e:
    print("re-raised outer:", repr(e))
