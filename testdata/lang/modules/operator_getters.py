# operator's itemgetter, attrgetter and methodcaller: calls, reprs and errors.
import operator

ig = operator.itemgetter(1, 0)
ag = operator.attrgetter("real", "imag")
mc = operator.methodcaller("split", ",", maxsplit=1)
print(ig("ab"), ag(3 + 4j), mc("a,b,c"), ig.__call__([5, 6]))
print(repr(ig), repr(ag), repr(mc), repr(operator.itemgetter("k")))
for f in [lambda: operator.itemgetter(), lambda: operator.methodcaller(), lambda: ig(), lambda: ig(1, 2), lambda: mc(x=1)]:
    try:
        f()
    except TypeError as e:
        print(e)
