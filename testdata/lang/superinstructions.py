# The compiler fuses common instruction sequences (compile/fuse.go); each
# error below is raised inside such a sequence and must be reported at the
# instruction CPython reports, with the same line and columns.
import sys
import traceback


def show(f, *args):
    try:
        print(f.__name__, f(*args))
    except Exception:
        traceback.print_exc(file=sys.stdout)


def unbound_first():
    if False:
        a = 1
    return a + b  # LOAD_FAST a unbound


def unbound_second():
    a = 1
    if False:
        b = 2
    return a + b  # LOAD_FAST b unbound


def unbound_const():
    if False:
        n = 0
    return n - 1  # LOAD_FAST n; LOAD_CONST 1; BINARY_OP


def unbound_inplace():
    if False:
        i = 0
    i += 7
    return i


def unbound_attr():
    if False:
        o = None
    return o.real


def attr_missing(o):
    return o.missing


def store_then_unbound():
    x = 1
    if False:
        y = 2
    z = x
    return y


def binop_errors(x):
    return x - 1


def inplace_errors(x):
    x += 1
    return x


def big(x):
    return x * 3, x + 1, x - 1, x % 7, x % -7, -x % 7


class Odd:
    def __lt__(self, other):
        return "yes"

    def __eq__(self, other):
        raise ValueError("no eq")


def compare_nonbool(o):
    if o < 1:
        return "truthy"
    return "falsy"


def compare_raises(o):
    if o == 1:
        return 1
    return 2


def compare_untruthy(o):
    class Bad:
        def __bool__(self):
            raise TypeError("no bool")

    class C:
        def __gt__(self, other):
            return Bad()

    if C() > o:
        return 1
    return 0


def loops():
    out = []
    for i in range(3):
        out.append(i)
    for c in "ab":
        out.append(c)
    for x in (i * i for i in range(4)):
        out.append(x)
    for k in {"p": 1, "q": 2}:
        out.append(k)
    n = 0
    while n < 5:
        n += 2
    out.append(n)
    s = 0
    for a in [1, 2, 3]:
        if a % 2 == 0:
            continue
        s += a
    out.append(s)
    return out


def loop_unbound_after():
    for i in range(2):
        pass
    del i
    for j in []:
        pass
    return j


def gen():
    x = yield 1
    y = x + 1
    yield y
    z = yield y * 2
    yield z


g = gen()
print(next(g), g.send(10), next(g), g.send(5))

show(unbound_first)
show(unbound_second)
show(unbound_const)
show(unbound_inplace)
show(unbound_attr)
show(attr_missing, 3)
show(store_then_unbound)
show(binop_errors, "s")
show(binop_errors, 2.5)
show(binop_errors, -(2**63))
show(inplace_errors, None)
show(inplace_errors, [1])
show(inplace_errors, 2**63 - 1)
show(big, 2**62)
show(big, -(2**62))
show(big, 123456789)
show(compare_nonbool, Odd())
show(compare_nonbool, 0)
show(compare_nonbool, 1.5)
show(compare_raises, Odd())
show(compare_raises, "1")
show(compare_untruthy, 1)
show(loops)
show(loop_unbound_after)
