# Methods on int and float: is_integer, as_integer_ratio, bit_length, to_bytes/from_bytes, conjugate.
print((3.0).is_integer(), (3.5).is_integer(), (0.75).as_integer_ratio(), (10).as_integer_ratio())
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(1, "big", signed=True), int.from_bytes(b"\xff", "big", signed=True))
print((5).real, (5).imag, (5).numerator, (5).denominator, (2.5).real, (7).conjugate())
print(int.bit_length(1023), float.fromhex("0x1.8p1"), (1.5).hex())
print(float("0.1").__repr__(), (1e300 * 1e10), -(1e300 * 1e10), (1e300 * 1e10) - (1e300 * 1e10))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan], nan in [nan])
print(max(1.5, 2), min(-0.0, 0.0), 0.1 + 0.7, 1.1 * 3, 4.35 * 100, round(4.35 * 100))
print(int(1e16), int(-2.5e3), int("  0b11 ", 0), float(7), float("-inf") < -1e308)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    (1000).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
