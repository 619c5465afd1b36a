# nonlocal naming a variable no enclosing function binds is a SyntaxError.
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
