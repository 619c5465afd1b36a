# copy: shallow and deep copies through __copy__/__deepcopy__, the
# built-in containers, and __reduce_ex__-free reconstruction of plain
# instances (their __dict__ is copied).

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

def copy(x):
    cls = type(x)
    if cls in (int, float, complex, bool, str, bytes, tuple, frozenset, type, range, type(None)):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, type) or callable(x) and not hasattr(x, "__dict__"):
        return x
    return _reconstruct(x, None)


def _reconstruct(x, memo):
    cls = type(x)
    reductor = None
    for b in cls.__mro__:
        if b is not object and "__reduce__" in b.__dict__:
            reductor = b.__dict__["__reduce__"]
            break
    if reductor is not None:
        rv = reductor(x)
        if isinstance(rv, tuple):
            func, args = rv[0], rv[1]
            if memo is not None:
                args = deepcopy(args, memo)
            y = func(*args)
            if memo is not None:
                memo[id(x)] = y
            state = rv[2] if len(rv) > 2 else None
            listiter = rv[3] if len(rv) > 3 else None
            dictiter = rv[4] if len(rv) > 4 else None
            if state:
                if memo is not None:
                    state = deepcopy(state, memo)
                y.__dict__.update(state)
            if listiter is not None:
                for item in listiter:
                    y.append(deepcopy(item, memo) if memo is not None else item)
            if dictiter is not None:
                for key, value in dictiter:
                    if memo is not None:
                        key, value = deepcopy(key, memo), deepcopy(value, memo)
                    y[key] = value
            return y
    y = object.__new__(cls) if not _builtin_base(cls) else _new_like(x)
    if memo is not None:
        memo[id(x)] = y
    d = getattr(x, "__dict__", None)
    if d:
        if memo is not None:
            d = deepcopy(d, memo)
        y.__dict__.update(d)
    return y


def _builtin_base(cls):
    for b in cls.__mro__:
        if b in (list, dict, set, tuple, int, str, float):
            return b
    return None


def _new_like(x):
    base = _builtin_base(type(x))
    if base in (list, dict, set):
        y = base.__new__(type(x))
        if base is dict:
            dict.update(y, x)
        elif base is list:
            list.extend(y, x)
        else:
            set.update(y, x)
        return y
    return base.__new__(type(x), x)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in (int, float, complex, bool, str, bytes, type, range, type(None), frozenset) or isinstance(x, type) \
            or cls is type(len) or cls is type(deepcopy):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, y)):
            y = x
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
