# f-strings: nesting, conversions, specs, the = form, concatenation.
x, width, name = 3.14159, 10, "café"
print(f"{x}")
print(f"{x!r:>{width}}|{x:.{2}f}|{name!a}|{name!s:^12}")
print(f"{x = }", f"{x=:.2f}", f"{ x = !r}", f"{name=}")
print(f"{{literal}} {'nested ' + f'{x:.1f}'} {[i * 2 for i in range(3)]}")
print(f"""multi
{x
 + 1:.3f} line""", f'{"quoted"}', rf"\d{x:.0f}", f"{3!=4}")
print("plain" f" then {name}" ' and more')
print(f"{'a' if x > 3 else 'b'}{(lambda y: y * 2)(4)}{ {'k': 1}['k'] }")
print(f"{x:{'>' if x else '<'}{width}.3}")
print(f"\N{GREEK SMALL LETTER ALPHA}{x:e}\t{name.upper()}\x41")
