# Integer literals in every base, with underscores.
print(0, 7, 1_000_000)
print(0x1F, 0XFF, 0xdead_beef)
print(0o17, 0O777, 0o1_0)
print(0b1011, 0B1111_0000)
print(int("42"), int("-17"), int("  12  "))
print(int("ff", 16), int("0x1f", 16), int("z", 36), int("0b101", 0), int("0o17", 0))
print(int("1_000"), int(3.99), int(-3.99), int(True))
print(type(0x10).__name__)
