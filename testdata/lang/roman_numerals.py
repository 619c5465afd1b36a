# Roman numeral conversion both ways, with validation.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)
def from_roman(s):
    single = {sym: v for v, sym in VALUES if len(sym) == 1}
    total = 0
    for i, ch in enumerate(s):
        if ch not in single:
            raise ValueError(f"bad numeral {ch!r}")
        v = single[ch]
        if i + 1 < len(s) and single.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total
for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(n, r, from_roman(r))
for bad in (0, 4000):
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("IIII", "ABC", "IM"):
    try:
        from_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
print(all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
