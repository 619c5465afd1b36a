# An empty expression in an f-string is a SyntaxError.
name = "x"
print(f"hello {}")
