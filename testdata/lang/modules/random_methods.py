# random.Random's Go methods: results for a seed, and argument errors.
import random
r = random.Random(5)
print(r.random(), r.getrandbits(70), r._randbelow(10), r.choice([1, 2, 3]), r.randrange(10), r.randint(1, 6), r.uniform(1, 2))
s = r.getstate()
x = r.random()
r.setstate(s)
print(x == r.random())
l = [1, 2, 3, 4]
r.shuffle(l)
print(l)
import _random
for f in [lambda: r.random(1), lambda: r.getrandbits(), lambda: r.getstate(1), lambda: r.random(x=1), lambda: _random.Random.random(1), lambda: _random.Random.getrandbits(1, 2)]:
    try:
        f()
    except TypeError as e:
        print(e)
