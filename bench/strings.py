# String building: concatenation, join, f-strings, methods.
def run():
    parts = []
    s = ""
    for i in range(400_000):
        s += str(i % 10)
        parts.append(f"{i}:{i % 7}")
    joined = ",".join(parts)
    words = joined.split(",")
    upper = [w.upper().replace(":", "-") for w in words[:200_000]]
    count = sum(1 for w in words if w.startswith("1"))
    return len(s), len(joined), len(upper), count, s[:20]

print(run())
