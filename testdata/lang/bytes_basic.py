# bytes literals and basic operations.
b = b"hello"
print(b, len(b), b[0], b[1:3], list(b[:2]))
print(b"a\x00b", rb"raw\n", B"X")
print(b + b" world", b * 2, b"ell" in b)
print(b.upper(), b.decode(), "héllo".encode(), "héllo".encode("utf-8"))
print(bytes([65, 66, 67]), bytes(3), bytes("abc", "ascii"))
print(b.split(b"l"), b"-".join([b"a", b"b"]), b.startswith(b"he"))
print(b == b"hello", b < b"help", hex(b[0]), b.hex())
print(repr(b"'"), repr(b'"'), repr(b"\xff\n"))
for x in b"ab":
    print(x)
