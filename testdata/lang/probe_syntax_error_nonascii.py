# Offsets count UTF-8 bytes: the caret lands right of the error
prices = {'café': 2.5, 'thé': 1.8}
print(prices['café'] + 1 = 3)
