# A syntax error: nothing runs, CPython reports it with exit status 2.
print("never printed")
def broken(:
    pass
