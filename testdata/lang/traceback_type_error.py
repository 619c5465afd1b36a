# Uncaught TypeError from mixing int and str.
def label(count):
    return count + " items"
print(label(3))
