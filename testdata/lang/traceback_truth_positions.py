# Where a traceback marks a test whose __bool__ raises: under a comparison
# (if, while, a conditional expression, the first operand of and), nowhere
# for a plain name, as CPython 3.11.
import traceback, sys
class Bad:
    def __bool__(self):
        raise TypeError("no bool")
class C:
    def __gt__(self, other):
        return Bad()
def f1(o):
    if o:
        return 1
def f2(o):
    if not o:
        return 1
def f3(o):
    while o:
        return 1
def f4(o):
    while C() > o:
        return 1
def f5(o):
    if C() > o and o:
        return 1
def f6(o):
    x = 1 if C() > o else 2
def f7(o):
    if (C() > o) == 1:
        return 1
def f8(o):
    if id(o) and o:
        return 1
for f, a in [(f1, Bad()), (f2, Bad()), (f3, Bad()), (f4, 1), (f5, 1), (f6, 1), (f7, 1), (f8, Bad())]:
    try:
        f(a)
    except TypeError:
        traceback.print_exc(file=sys.stdout)
