# Case mappings that change length (Unicode SpecialCasing): upper, lower,
# swapcase and casefold use the full mappings, as CPython does.
words = ["straße", "ﬁne", "ŉ", "ǰ", "ΐ", "ΰ", "և", "İstanbul", "ﬀ ﬂ ﬃ ﬄ ﬅ ﬆ", "ΣΑΣ"]
for w in words:
    up, sw = w.upper(), w.swapcase()
    print(repr(w), repr(up), len(up), repr(sw), len(sw), repr(w.lower()), repr(w.casefold()))
    print("  ", [hex(ord(c)) for c in up])
print("ΟΔΟΣ ΣΑΣ.".swapcase(), "Σ".swapcase(), "ΑΣ1".swapcase(), "ſ µ ς ı ẞ ǅ".casefold())
print(["ꭰ".casefold(), "Ꭰ".casefold(), "ᾳ".upper(), "ᾼ".lower(), "ẖ".upper()])
