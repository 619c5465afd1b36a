# A metaclass whose __prepare__ returns a dict subclass: names in the class
# body are looked up through it (and so through __missing__).
class AutoNamespace(dict):
    def __missing__(self, key):
        if key.startswith('auto_'):
            value = key[5:].upper()
            self[key] = value
            return value
        raise KeyError(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return AutoNamespace()

    def __new__(mcls, name, bases, ns, **kw):
        print('ns type', type(ns).__name__, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, dict(ns))


x = 'global x'


class C(metaclass=Meta, flag=1):
    a = auto_red
    b = auto_red + '!'
    c = x
    d = len('four')
    try:
        e = undefined_name
    except NameError as err:
        print('NameError:', err)


print(C.a, C.b, C.c, C.d)


class Logging(dict):
    def __getitem__(self, key):
        print('getitem', key)
        return super().__getitem__(key)


class LMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Logging()


class D(metaclass=LMeta):
    v = 1
    w = v + 1
    print(w)
