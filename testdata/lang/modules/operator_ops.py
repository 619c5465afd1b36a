# operator: itemgetter, attrgetter, methodcaller and the operator functions.
import operator as op
from collections import namedtuple
rows = [("ann", 30, "nyc"), ("bob", 25, "la"), ("cy", 35, "sf")]
print(sorted(rows, key=op.itemgetter(1)), op.itemgetter(0, 2)(rows[0]))
P = namedtuple("P", "name age")
people = [P("x", 3), P("y", 1)]
print(sorted(people, key=op.attrgetter("age")), op.attrgetter("name", "age")(people[0]))
print(op.methodcaller("upper")("abc"), op.methodcaller("split", ",")("a,b"))
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5))
print(op.neg(4), op.pos(-4), op.abs(-4), op.invert(4), op.not_(0), op.truth([]))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(3, 2), op.ge(1, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2))
print(op.contains([1, 2], 2), op.getitem("abc", 1), op.concat([1], [2]), op.is_(None, None), op.is_not(1, None))
lst = [1, 2, 3]
op.setitem(lst, 0, 9); op.delitem(lst, 1)
print(lst, op.index(5), op.length_hint([1, 2]))
x = [1]
print(op.iadd(x, [2]), x)
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])))
