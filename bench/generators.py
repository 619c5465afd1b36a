# A generator pipeline: yield, generator expressions, chained iteration.
def numbers(n):
    for i in range(n):
        yield i

def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x

def squared(xs):
    for x in xs:
        yield x * x

def windows(xs, size):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) == size:
            yield sum(buf)
            buf.clear()

def run():
    pipeline = windows(squared(evens(numbers(2_400_000))), 10)
    total = 0
    for w in pipeline:
        total += w % 1_000_003
    total += sum(x for x in range(800_000) if x % 5 == 1)
    return total

print(run())
