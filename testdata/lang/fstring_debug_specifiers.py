# f-string "=" debugging with conversions and specs, nested specs, quotes, braces, multi-line expressions.
x = 3.14159
name = "Ada"
items = {"k": [1, 2]}
print(f"{x=}", f"{x = }", f"{x=:.2f}", f"{x = :>10.3f}|", f"{name=!s}", f"{name=!r:>8}|")
print(f"{name!r:>10}|", f"{name!s:*^9}", f"{x!s:.4}", f"{items['k'][1]=}")
print(f"{'{'}{name}{'}'}", f"{{{name}}}", f"{{}}")
print(f"{x:{'>'}{12}.{3}f}|", f"{name:{len(name) + 4}}|")
print(f"""{
    name.upper()
}""", f'''{"double" + 'single'}''')
print(f"{(lambda n: n * 2)(21)}", f"{[n for n in range(3)]}", f"{ {'set'} }", f"{(1, 2)}")
width = 6
for v in (1, 22, 333):
    print(f"[{v:^{width}}] [{v:0{width}}] [{v:<{width}x}]")
print(f"{3 + 4 = }", f"{len(name) * 2 = :05d}", f"{name.lower() = }")
