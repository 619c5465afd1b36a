# atexit: functions run when the program ends (runtime.Run calls
# _run_exitfuncs after joining the non-daemon threads, as CPython's
# Py_FinalizeEx does), last registered first.

_callbacks = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            import sys
            import traceback
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            exc = exc.with_traceback(exc.__traceback__.tb_next)
            traceback.print_exception(type(exc), exc, exc.__traceback__)
