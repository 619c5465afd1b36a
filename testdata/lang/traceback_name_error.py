# Uncaught NameError for a misspelt name: CPython 3.11 adds "Did you mean" to the traceback.
def average(values):
    length = len(values)
    return sum(values) / lenght
print(average([1, 2, 3]))
