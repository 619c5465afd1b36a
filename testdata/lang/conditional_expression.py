# Conditional expressions, nested and lazily evaluated.
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 7)])
def boom():
    raise RuntimeError("should not run")
print("safe" if True else boom())
print(boom() if False else "also safe")
x = [1, 2, 3]
print(x[0] if x else None, (lambda: "L")() if x else 0)
fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i for i in range(1, 16)]
print(fizz)
