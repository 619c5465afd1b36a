# Building strings: join, +=, format, repetition, list-of-parts, multiline tables.
parts = []
for i in range(5):
    parts.append(f"<{i}>")
print("".join(parts))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0].upper() + word[1:] + " "
print(s.rstrip() + ".")
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
header = f"{'name':<10}{'qty':>5}{'price':>8}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>8.2f}")
print("=" * len(header))
print(f"{'total':<10}{sum(q for _, q, _ in rows):>5}{sum(q * p for _, q, p in rows):>8.2f}")
lines = "\n".join(f"{i:>2}. {'*' * i}" for i in range(1, 5))
print(lines)
print(" | ".join(map(str, range(5))), ",".join([]), "-".join("abc"))
big = "ab" * 1000
print(len(big), big[:6], big.count("ab"))
