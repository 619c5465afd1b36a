# Bitwise operators including negative numbers and big shifts.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, 1 << 10, 1024 >> 3)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 >> 5, -16 >> 2, -1 << 4)
print(1 << 100, (1 << 100) >> 98, (2 ** 70 - 1) & 0xFF)
print(bin(0b1010 ^ 0b0110), hex(0xF0 | 0x0F), oct(0o70 & 0o17))
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(5 .bit_length(), (255).bit_length(), (-1).bit_length(), (0).bit_length())
print((37).bit_count() if hasattr(int, "bit_count") else 3)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
