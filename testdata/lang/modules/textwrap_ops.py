import textwrap
s = "The quick brown fox jumps over the lazy dog and keeps running far away into the forest night."
print(textwrap.wrap(s, 20))
print(textwrap.fill(s, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(s, 40), textwrap.shorten("Hello  world", 11))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.indent("x\n\ny\n", "> ")))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10), textwrap.fill("a b", 1))
