# 'return' outside a function is a SyntaxError found before anything runs.
print("not printed")
return 5
