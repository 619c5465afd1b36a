# A traceback through a generator and a comprehension frame.
def numbers():
    yield 1
    yield 2
    raise IndexError("generator ran dry")
def total():
    return sum([n * 2 for n in numbers()])
print("before")
total()
