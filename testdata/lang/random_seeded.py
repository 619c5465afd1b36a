# random with a fixed seed reproduces CPython's exact sequence.
import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.sample("abcdef", 3))
print(random.uniform(1, 10), random.randrange(0, 100, 5), random.randrange(10))
print(random.gauss(0, 1), random.gauss(10, 2))
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
b = [random.random() for _ in range(3)]
print(a == b, a)
