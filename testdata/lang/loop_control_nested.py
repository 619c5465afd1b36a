# Breaking out of nested loops: flags, for-else, functions with return.
grid = [[1, 2, 3], [4, 42, 6], [7, 8, 9]]
found = None
for i, row in enumerate(grid):
    for j, val in enumerate(row):
        if val == 42:
            found = (i, j)
            break
    else:
        continue
    break
print("found at", found)
def find(target):
    for i, row in enumerate(grid):
        for j, val in enumerate(row):
            if val == target:
                return i, j
    return None
print(find(8), find(100))
count = 0
for a in range(5):
    for b in range(5):
        if b > a:
            break
        if (a + b) % 2:
            continue
        count += 1
print("pairs", count)
n = 0
while True:
    n += 1
    for k in range(n):
        if k == 3:
            break
    else:
        continue
    break
print("n", n)
