# Default argument values are evaluated once at definition time.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bo", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append(item, acc=[]):
    acc.append(item)
    return acc
print(append(1), append(2), append(3, []))
counter = 10
def capture(x=counter):
    return x
counter = 20
print(capture())
def safe_append(item, acc=None):
    if acc is None:
        acc = []
    acc.append(item)
    return acc
print(safe_append(1), safe_append(2))
print(greet.__defaults__, greet.__name__)
def kw_defaults(a, *, b=5, c):
    return a, b, c
print(kw_defaults(1, c=3), kw_defaults.__kwdefaults__)
