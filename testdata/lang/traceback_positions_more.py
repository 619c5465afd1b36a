# Traceback positions CPython 3.11 gives that the compiler once got wrong:
# the load of an augmented assignment's name is the name's, the jump of an
# if is marked under its test when __bool__ raises, and UnboundLocalError
# has no name (so no "Did you mean" suggestion).
import sys
import traceback


def show(f, *args):
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        traceback.print_exc(file=sys.stdout)
        if isinstance(e, NameError):
            print("name:", repr(e.name))


def unbound_inplace():
    if False:
        i = 0
    i += 7
    return i


def unbound_near_builtin():
    if False:
        id_ = 0
    return id_


class Bad:
    def __bool__(self):
        raise TypeError("no bool")


class C:
    def __gt__(self, other):
        return Bad()


def truth_raises(o):
    if C() > o:
        return 1
    return 0


def truth_raises_not(o):
    while not o:
        return 1
    return 0


def global_inplace():
    global undefined_global
    undefined_global += 1


show(unbound_inplace)
show(unbound_near_builtin)
show(truth_raises, 1)
show(truth_raises_not, Bad())
show(global_inplace)
