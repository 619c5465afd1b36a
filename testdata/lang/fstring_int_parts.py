# f-strings whose parts are ints: the VM may write an exact int straight into
# the joined string, so every other kind of int must still be formatted by
# its own __format__ / __str__ / __repr__.
class MyInt(int):
    def __format__(self, spec):
        return "fmt<" + spec + ">"

    def __str__(self):
        return "str!"

    def __repr__(self):
        return "repr!"


class E:
    def __format__(self, spec):
        return "E" + spec

    def __repr__(self):
        return "E()"


vals = [0, 5, -5, 10, -10, 123456789, -2**63, 2**63 - 1, 2**64, -2**64, True, False, MyInt(7), 3.0, None, E()]
for v in vals:
    print(f"[{v}]", f"{v}|{v}", f"a{v}b{v!r}c{v!s}", f"{v}{'x'}", f"<{v:}>")
for v in [0, 42, -42, MyInt(3)]:
    w = 6
    print(f"[{v:>{w}}]", f"[{v:0{w}d}]" if type(v) is int else f"[{v:{w}}]", f"{v=}", f"{v = }x{v}")
print(f"{1}{2}{3}", f"{-1}{-2}", f"{10**30}{0}", f"{0}{''}{0}")
x = 7
print(f"{x}:{x % 7}:{x // 2}:{x * -3}")
print(len(f"{2**62}{-2**62}"), f"{'{'}{x}{'}'}")
