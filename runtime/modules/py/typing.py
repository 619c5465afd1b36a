# typing, minimal: the names programs annotate with, subscriptable, with
# CPython-like reprs; no static checking (annotations are only stored).

import collections.abc as _abc

__all__ = ["Any", "Callable", "ClassVar", "Final", "Generic", "Literal", "Optional",
           "Protocol", "Tuple", "Type", "TypeVar", "Union", "AbstractSet", "Annotated",
           "AsyncGenerator", "AsyncIterable", "AsyncIterator", "Awaitable", "Coroutine",
           "Collection", "Container", "Dict", "DefaultDict", "Deque", "FrozenSet",
           "Generator", "Hashable", "Iterable", "Iterator", "List", "Mapping",
           "MutableMapping", "MutableSequence", "MutableSet", "NamedTuple", "NoReturn",
           "Sequence", "Set", "Sized", "TypedDict", "TYPE_CHECKING", "cast", "overload",
           "final", "get_type_hints", "no_type_check", "runtime_checkable", "Self",
           "Never", "LiteralString", "TypeAlias", "ParamSpec", "Concatenate", "Counter",
           "OrderedDict", "ChainMap", "Text", "SupportsInt", "SupportsFloat", "IO", "get_origin", "get_args"]

TYPE_CHECKING = False


def _repr_arg(a):
    if isinstance(a, type):
        if a.__module__ == "builtins":
            return a.__qualname__
        return f"{a.__module__}.{a.__qualname__}"
    if a is ...:
        return "..."
    if isinstance(a, type(_repr_arg)):
        return a.__qualname__
    return repr(a)


def _type_arg(a):
    # typing stores None as NoneType.
    return type(None) if a is None else a


class _GenericAlias:
    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name is None:
            # C[int] for a user class C(Generic[T]).
            o = self.__origin__
            return f"{o.__module__}.{o.__qualname__}[{', '.join(_repr_arg(a) for a in self.__args__)}]"
        args = self.__args__
        if self._name in ("Optional", "Union") and len(args) == 2 and type(None) in args:
            other = args[1] if args[0] is type(None) else args[0]
            return f"typing.Optional[{_repr_arg(other)}]"
        if self._name == "Callable" and not (len(args) == 2 and args[0] is ...):
            params = ", ".join(_repr_arg(a) for a in args[:-1])
            return f"typing.Callable[[{params}], {_repr_arg(args[-1])}]"
        return f"typing.{self._name}[{', '.join(_repr_arg(a) for a in args)}]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return self

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialForm:
    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._name == "Callable":
            if not (isinstance(params, tuple) and len(params) == 2):
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if isinstance(args, list):
                params = (*[_type_arg(a) for a in args], _type_arg(result))
            elif args is ...:
                params = (..., _type_arg(result))
            else:
                params = (_type_arg(args), _type_arg(result))
            return _GenericAlias(self.__origin__, params, self._name)
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_arg(p) for p in params)
        if self._name == "Optional":
            params = (params[0], type(None))
            return _GenericAlias(Union, params, "Optional")
        if self._name == "Union":
            flat = []
            for p in params:
                if isinstance(p, _GenericAlias) and p._name in ("Union", "Optional"):
                    flat.extend(p.__args__)
                elif p is None:
                    flat.append(type(None))
                elif p not in flat:
                    flat.append(p)
            if len(flat) == 1:
                return flat[0]
            return _GenericAlias(Union, tuple(flat), "Union")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f"Cannot instantiate typing.{self._name}")
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        if self.__origin__ is None:
            raise TypeError(f"typing.{self._name} cannot be used with isinstance()")
        return isinstance(obj, self.__origin__)

    def __mro_entries__(self, bases):
        if self.__origin__ is None:
            raise TypeError(f"Cannot subclass typing.{self._name}")
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]


Any = _SpecialForm("Any")
Union = _SpecialForm("Union")
Optional = _SpecialForm("Optional")
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
Literal = _SpecialForm("Literal")
Annotated = _SpecialForm("Annotated")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Concatenate = _SpecialForm("Concatenate")
Text = str

List = _SpecialForm("List", list)
Dict = _SpecialForm("Dict", dict)
Set = _SpecialForm("Set", set)
FrozenSet = _SpecialForm("FrozenSet", frozenset)
Tuple = _SpecialForm("Tuple", tuple)
Type = _SpecialForm("Type", type)
Callable = _SpecialForm("Callable", _abc.Callable)
Iterable = _SpecialForm("Iterable", _abc.Iterable)
Iterator = _SpecialForm("Iterator", _abc.Iterator)
Generator = _SpecialForm("Generator", _abc.Generator)
AsyncIterable = _SpecialForm("AsyncIterable", _abc.AsyncIterable)
AsyncIterator = _SpecialForm("AsyncIterator", _abc.AsyncIterator)
AsyncGenerator = _SpecialForm("AsyncGenerator", _abc.AsyncGenerator)
Awaitable = _SpecialForm("Awaitable", _abc.Awaitable)
Coroutine = _SpecialForm("Coroutine", _abc.Coroutine)
Sequence = _SpecialForm("Sequence", _abc.Sequence)
MutableSequence = _SpecialForm("MutableSequence", _abc.MutableSequence)
Mapping = _SpecialForm("Mapping", _abc.Mapping)
MutableMapping = _SpecialForm("MutableMapping", _abc.MutableMapping)
AbstractSet = _SpecialForm("AbstractSet", _abc.Set)
MutableSet = _SpecialForm("MutableSet", _abc.MutableSet)
Collection = _SpecialForm("Collection", _abc.Collection)
Container = _SpecialForm("Container", _abc.Container)
Hashable = _SpecialForm("Hashable", _abc.Hashable)
Sized = _SpecialForm("Sized", _abc.Sized)
IO = _SpecialForm("IO")
SupportsInt = _SpecialForm("SupportsInt")
SupportsFloat = _SpecialForm("SupportsFloat")


def _collections_alias(name, attr):
    import collections
    return _SpecialForm(name, getattr(collections, attr))


DefaultDict = _collections_alias("DefaultDict", "defaultdict")
Deque = _collections_alias("Deque", "deque")
Counter = _collections_alias("Counter", "Counter")
OrderedDict = _collections_alias("OrderedDict", "OrderedDict")
ChainMap = _collections_alias("ChainMap", "ChainMap")


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


class Generic:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            return _GenericAlias(cls, params, cls.__name__)
        return _GenericAlias(cls, params, None)


class Protocol(Generic):
    pass


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    return getattr(tp, "__origin__", None)


def get_args(tp):
    return getattr(tp, "__args__", ())


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get("__annotations__", {}))
        return hints
    return dict(getattr(obj, "__annotations__", {}))


def NamedTuple(typename, fields=None, /, **kwargs):
    from collections import namedtuple
    if fields is None:
        fields = kwargs.items()
    return namedtuple(typename, [name for name, _ in fields])


def _namedtuple_mro_entries(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get("_root"):
            return super().__new__(cls, typename, bases, ns)
        from collections import namedtuple
        types = ns.get("__annotations__", {})
        defaults = [ns[n] for n in types if n in ns]
        nt = namedtuple(typename, list(types), defaults=defaults or None,
                        module=ns.get("__module__", "__main__"))
        for key, val in ns.items():
            if key not in types and key not in ("__module__", "__qualname__", "__annotations__", "_root"):
                setattr(nt, key, val)
        nt.__annotations__ = types
        return nt


class _NamedTupleBase(metaclass=_NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        return dict if not ns.get("_root") else super().__new__(cls, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    return dict


def _typeddict_mro_entries(bases):
    return (_TypedDictBase,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


class _TypedDictBase(metaclass=_TypedDictMeta):
    _root = True
