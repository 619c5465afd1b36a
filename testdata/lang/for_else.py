# for loops over sequences, ranges and dicts; break/continue/else.
for ch in "abc":
    print(ch, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(5):
    if i % 2:
        continue
    print("even", i)
print("loop variable persists:", i)
for k in {"b": 1, "a": 2}:
    print(k)
