# Unicode strings: lengths, indexing, case mapping, encoding to bytes.
s = "naïve café – 日本語 🎉"
print(s, len(s), s[0], s[2], s[-1], s[13:16])
print(s.upper(), s.title())
print([ord(c) for c in "é日🎉"], chr(0x1F600), "\u65e5\u672c")
enc = "é日🎉".encode("utf-8")
print(enc, len(enc), enc.decode("utf-8"))
print(sorted(["é", "e", "z", "a"]), "é" > "z")
print("日本語".center(9, "*"), f"{'日本':>5}|", "{:^6}".format("é"))
print(repr("日本"), repr("\u200b"))
