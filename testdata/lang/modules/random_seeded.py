import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.choice("abcdef"))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample(range(10), 10), random.choices("abc", k=5), random.choices("abc", weights=[1, 5, 2], k=5))
print(random.uniform(1, 2), random.gauss(0, 1), random.gauss(0,1), random.normalvariate(), random.expovariate(2), random.triangular(1, 5))
print(random.getrandbits(100), random.getrandbits(64), random.getrandbits(33), random.randrange(10**30))
random.seed("hello"); print(random.random())
random.seed(b"hello"); print(random.random())
random.seed(3.5); print(random.random())
random.seed(-7); print(random.random())
random.seed(2**100); print(random.random())
r = random.Random(5); print(r.random(), r.randint(1,6))
s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random())
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.choice([]), lambda: random.sample([1,2], 3)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
random.seed(0); print([random.randint(0, 9) for _ in range(20)], random.sample({1,2,3} and [1,2,3], 2))

