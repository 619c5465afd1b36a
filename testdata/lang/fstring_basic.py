# f-strings: expressions, nested quotes, conversions, =, nesting.
name = "World"
n = 7
items = [1, 2, 3]
d = {"k": "v"}
print(f"Hello, {name}!")
print(f"{n * 6} {n ** 2} {len(items)} {items[-1]} {d['k']}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{n=} {name=} {n + 1 = }")
print(f"{'nested'} {'x' if n else 'y'}")
print(f"{{braces}} {n}")
print(f"{[x * 2 for x in items]}")
print(f"{(lambda x: x + 1)(n)}")
print(f"""triple {name}
second line {n}""")
print(rf"raw \n {name}")
print(f"{n:{'>'}{5}}|")
