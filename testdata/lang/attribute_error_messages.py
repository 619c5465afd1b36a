# AttributeError messages for instances, classes, modules, None and builtins.
import math
class Box:
    pass
cases = [
    lambda: None.foo,
    lambda: Box().missing,
    lambda: Box.missing,
    lambda: (1).real_part,
    lambda: "s".nope,
    lambda: [].push(1),
    lambda: math.tau2,
    lambda: setattr(object(), "a", 1),
    lambda: delattr(Box(), "x"),
]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print("AttributeError:", e)
