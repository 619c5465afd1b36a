# str.format with positional, keyword, index, attribute and format specs.
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    x = 3
    y = 4
print("({0.x}, {0.y})".format(P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^11}".format("mid"), "{:08.3f}".format(3.14159), "{:+d} {:+d}".format(5, -5))
print("{:,}".format(1234567), "{:_}".format(1234567), "{:,.2f}".format(1234567.891))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(255, 255, 8, 5, 255, 8, 5))
print("{:e} {:.2e} {:g} {:.3g} {:%} {:.1%}".format(12345.678, 12345.678, 0.00001234, 12345.678, 0.25, 0.125))
print("{!r} {!s} {!a}".format("hi", "hi", "é"))
print("{{literal}} {}".format(7))
print("{:5d}|{:<5d}|{:^5d}|{:05d}".format(42, 42, 42, 42))
print("{:.3}".format("abcdef"), "{:10.3}|".format("abcdef"))
w = 10
print("{:>{w}}|".format("dyn", w=w), "{:{}{}}".format(3.14159, ".", "2f"))
