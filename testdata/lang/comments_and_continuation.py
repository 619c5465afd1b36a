# Comments, backslash continuation, implicit continuation in brackets.
x = 1 + \
    2 + \
    3  # trailing comment
print(x)
total = (1 +
         2 +   # inside parentheses
         3)
print(total)
items = [
    "a",
    "b",  # comment in list
    "c",
]
print(items)
d = {
    "one": 1,
    "two": 2
}
print(d)
if (x == 6 and
        total == 6):
    print("both six")
def f(a,
      b=2,
      *args):
    return a + b + len(args)
print(f(1,
        2, 3,
        4))
s = "long string " \
    "continued"
print(s)
