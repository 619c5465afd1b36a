# __subclasses__ of the built-in exceptions lists the built-in subclasses
# (and the program's own).
def builtin_subs(cls):
    return sorted(c.__name__ for c in cls.__subclasses__() if c.__module__ == 'builtins')

print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
for cls in (BaseException, Exception, LookupError, OSError, ConnectionError, ValueError,
            UnicodeError, RuntimeError, ImportError, Warning, NameError, SyntaxError,
            IndentationError, BaseExceptionGroup):
    print(cls.__name__, builtin_subs(cls))

class AppError(ArithmeticError):
    pass

class Other(AppError):
    pass

print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()), AppError.__subclasses__())
print([c.__name__ for c in int.__subclasses__() if c.__module__ == 'builtins'])

print(repr(FileNotFoundError(2, 'No such file or directory', 'x')))
print(str(FileNotFoundError(2, 'No such file or directory', 'x')))
e = OSError(2, 'No such file or directory', 'a', None, 'b')
print(type(e).__name__, repr(e), str(e), e.args, e.filename, e.filename2)
e = PermissionError(13, 'Permission denied')
print(repr(e), str(e), e.errno, e.strerror, e.filename)
print(repr(OSError('just a message')), repr(OSError(1, 2, 3, 4, 5, 6)))
