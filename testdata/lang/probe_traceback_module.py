import traceback, sys
def inner(x):
    return 10 / x
def outer(x):
    return inner(x) + 1
try:
    outer(0)
except ZeroDivisionError:
    traceback.print_exc()
    print('---')
    s = traceback.format_exc()
    print(s.splitlines()[0], len(s.splitlines()))
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=1, file=sys.stdout)
print(repr(traceback.format_exc()))
def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise ValueError(f'missing {key}') from e
try:
    load('a')
except ValueError as e:
    print(''.join(traceback.format_exception(e)))
    print(traceback.format_exception_only(e))
    traceback.print_exception(e, file=sys.stdout, chain=False)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout, limit=1)
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end='')
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exc(chain=False))
e = RuntimeError('never raised')
print(traceback.format_exception(e), traceback.format_exception_only(e))
