def f():
    "original"

f.__doc__ = 'new function doc'
print(f.__doc__)

class K:
    "class doc"

K.__doc__ = 'changed class doc'
print(K.__doc__, K().__doc__)

class NoDoc:
    pass

print(NoDoc.__doc__)
NoDoc.__doc__ = 'added'
print(NoDoc.__doc__)
for t in (int, list):
    try:
        t.__doc__ = 'x'
    except TypeError as e:
        print('TypeError:', e)
