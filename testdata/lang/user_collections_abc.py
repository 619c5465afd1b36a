# collections.UserDict/UserList/UserString sit on the collections.abc ABCs
# and take their mixin methods from them, as in CPython.
import collections
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, Mapping, MutableSequence, Sequence, Sized

for cls in (UserDict, UserList, UserString):
    print([c.__name__ for c in cls.__mro__])
print(isinstance(UserDict(), MutableMapping), isinstance(UserList(), MutableSequence),
      isinstance(UserString('x'), Sequence), issubclass(UserDict, Sized))

d = UserDict(a=1, b=2)
print(d, d.keys(), d.values(), d.items())
print(d.get('a'), d.get('z', 0), d.pop('a'), d.setdefault('c', 3), d)
d.update({'e': 5}, f=6)
print(d, len(d), 'e' in d, list(d))
print(d == {'b': 2, 'c': 3, 'e': 5, 'f': 6}, d != {'b': 2})
print(d | {'g': 7}, {'h': 8} | d)
d |= {'i': 9}
print(d, d.popitem(), d.copy(), type(d.copy()).__name__)
print(UserDict.fromkeys('ab', 0))

class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2

print(Defaulting()['ab'])

l = UserList([3, 1, 2])
l.sort()
l.append(4)
l += [5]
print(l, l[1:3], type(l[1:3]).__name__, l * 2, 2 * l, [0] + l, l + (9,))
print(l.index(2), l.count(1), list(reversed(l)), 3 in l, l < [9], l == [1, 2, 3, 4, 5])
l.extend(UserList([6]))
l.insert(0, 0)
print(l.pop(), l.pop(0), l)
l.remove(2)
del l[0]
print(l, l.copy(), len(l))

s = UserString('Hello world')
print(s.upper(), type(s.upper()).__name__, s.split(), s.find('o'), s.count('o'),
      s.startswith('He'), s.replace('o', '0'), s[1:4], type(s[1:4]).__name__)
print(s + '!', '>' + s, s * 2, s.center(15, '*'), 'wor' in s, s < 'Z', s.index('w'))
print(s.partition(' '), s.join('ab'), s.encode(), hash(s) == hash('Hello world'))
print(int(UserString('42')) + 1, float(UserString('1.5')), len(s), list(s)[:3])

c = collections.ChainMap({'a': 1}, {'b': 2, 'a': 0})
print([k.__name__ for k in collections.ChainMap.__mro__])
print(c, c.keys(), c.items(), c.values(), c.get('a'), len(c), sorted(c))
print(c == {'a': 1, 'b': 2}, dict(c), c.new_child({'z': 9}), c.parents)
c['q'] = 5
print(c.maps, c.pop('q'), c | {'n': 1}, {'m': 2} | c)
c |= {'w': 3}
print(c, c.setdefault('b', 7), c.maps)
