# Built-in exception hierarchy as real programs rely on it.
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
           LookupError, KeyError, IndexError, ValueError, UnicodeError, TypeError, NameError,
           UnboundLocalError, AttributeError, RuntimeError, RecursionError,
           NotImplementedError, StopIteration, StopAsyncIteration, GeneratorExit,
           KeyboardInterrupt, SystemExit, AssertionError, ImportError, ModuleNotFoundError,
           OSError, TimeoutError, MemoryError, EOFError, SyntaxError, IndentationError,
           ExceptionGroup, BaseExceptionGroup]
for cls in classes:
    print(cls.__name__, "->", cls.__mro__[1].__name__ if len(cls.__mro__) > 1 else "-",
          issubclass(cls, Exception))
print(issubclass(TimeoutError, OSError), issubclass(ModuleNotFoundError, ImportError))
