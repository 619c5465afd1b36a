x = 1
print(x is 1 or x is 1, x is -1, x is 'a' 'b', x is (1, 2), x is (), x is (x,), x is None, x is ..., x is True, 1 is x, x is f'{x}', x is b'', x is 1.5, x is [], x is 2 * 3)
if x is not 0:
    pass
def f(v):
    return v is 'str'
for i in range(2): f(i)
assert (x, 'msg')
assert (x,)
y = [1, 2]
try: z = [(1, 2) (3, 4)]
except TypeError as e: print(e)
try: z = [[1, 2] [0, 1]]
except TypeError as e: print(e)
try: z = ['a' [0]]
except TypeError as e: print(e)
try: z = [{1} [0]]
except TypeError as e: print(e)
try: None()
except TypeError as e: print(e)
try: 5(1)
except TypeError as e: print(e)
try: 'a'[0.5]
except TypeError as e: print(e)
try: [1][None]
except TypeError as e: print(e)
try: (1,)['x']
except TypeError as e: print(e)
try: f'{x}'()
except TypeError as e: print(e)
try: [i for i in y]()
except TypeError as e: print(e)
try: {1: 2}[[]]
except TypeError as e: print(e)
try: (lambda: 0)[0]
except TypeError as e: print(e)
try: (i for i in y)[0]
except TypeError as e: print(e)
try: [x][1.0]
except TypeError as e: print(e)
try: 'abc'['a':'b']
except TypeError as e: print(e)
try: 5[0]
except TypeError as e: print(e)
try: True[0]
except TypeError as e: print(e)
try: ...()
except TypeError as e: print(e)
try: {1: 2}()
except TypeError as e: print(e)
try: {i for i in y}[0]
except TypeError as e: print(e)
try: 1.5[0]
except TypeError as e: print(e)
try: [1][(1, 2)]
except TypeError as e: print(e)
try: [1][-1.0]
except TypeError as e: print(e)
try: 'ab'[f'{x}']
except TypeError as e: print(e)
try: [1][[0]]
except TypeError as e: print(e)
try: [1][{}]
except TypeError as e: print(e)
try: [1]['a' 'b']
except TypeError as e: print(e)
try: 'x'[b'']
except TypeError as e: print(e)
if 0:
    x is 5
def g():
    return
    x is 7
class K:
    z = x is 8
exec("y = 2\nprint(y is 2)")
assert (1, 2)
