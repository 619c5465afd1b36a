# nonlocal at module level is a SyntaxError.
print("not printed")
nonlocal x
