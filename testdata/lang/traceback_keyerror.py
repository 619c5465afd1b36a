# Uncaught KeyError: message is the repr of the key.
inventory = {"apple": 3, "pear": 0}
def stock(item):
    return inventory[item]
print(stock("apple"))
print(stock("banana"))
