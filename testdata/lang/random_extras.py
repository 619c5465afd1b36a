# random beyond the basics: choices with weights, getrandbits, string seeds, Random instances.
import random
random.seed(42)
print(random.choices("xyz", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
print(random.getrandbits(16), random.getrandbits(70))
random.seed("text seed")
print(random.random())
r = random.Random(7)
print(r.randint(0, 1000), r.random(), r.choice("xyz"))
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random())
