# while loops with break, continue and else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while finished normally")
n = 0
while True:
    n += 1
    if n > 3:
        break
print("n", n)
k = 10
while k > 0:
    if k == 7:
        print("found 7")
        break
    k -= 1
else:
    print("not reached")
def first_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            return d
        d += 1
    else:
        return None
print([first_divisor(x) for x in (15, 13, 49, 97)])
