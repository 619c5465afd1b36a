# Assignment to a literal is a SyntaxError with CPython's own hint.
x = 1
1 = x
