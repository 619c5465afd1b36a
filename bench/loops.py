# Loops over lists and dicts: indexing, iteration, dict get/set, augmented assignment.
def run():
    data = list(range(800_000))
    total = 0
    for x in data:
        if x % 3 == 0:
            total += x
    squares = [x * x for x in data if x & 1]
    counts = {}
    for i in range(1_200_000):
        k = i % 1000
        counts[k] = counts.get(k, 0) + 1
    acc = 0
    for k, v in counts.items():
        acc += k * v
    i = 0
    while i < len(data):
        data[i] = data[i] + 1
        i += 7
    return total, len(squares), acc, sum(data)

print(run())
