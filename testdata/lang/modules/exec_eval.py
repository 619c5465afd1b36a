exec('x = 1')
print(x)
g = {}
exec('def f(a): return a * 2', g)
print(g['f'](4), eval('1 + 2'), eval('a * b', {'a': 2, 'b': 5}), eval(" x + 1 "), sorted(k for k in g if k != '__builtins__'))
try: eval('1 +')
except SyntaxError as e: print(type(e).__name__)
def h():
    y = 5
    return eval("x * 10")
print(h())
