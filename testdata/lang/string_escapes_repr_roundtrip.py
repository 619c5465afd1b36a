# repr of strings with every kind of escape; repr chooses quotes and round-trips.
samples = ["plain", "tab\there", "new\nline", "back\\slash", "quote'single", 'quote"double',
           "both'\"", "\x00\x01\x1f\x7f", "\x80\xff", "\u0100\u2028", "\U0001f600", "\r\n", "\a\b\f\v"]
for s in samples:
    r = repr(s)
    print(r, len(s))
print(repr(b"\x00\t\n\r'\"\\\x7f\x80"))
print(str(b"bytes"), repr("".join(chr(i) for i in range(0x20, 0x7f))))
