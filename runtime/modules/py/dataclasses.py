# dataclasses: the decorator generates __init__, __repr__, __eq__, order
# methods, __hash__ and frozen __setattr__ from the class annotations, as
# CPython 3.11 does (its generated __init__ is exec'd source; ours is a
# generic function with the same argument errors).

import copy as _copy

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return "MISSING"


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        return f"dataclasses.InitVar[{getattr(self.type, '__name__', self.type)!s}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},"
                f"type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"hash={self.hash!r},"
                f"compare={self.compare!r},"
                f"metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},"
                f"_field_type={self._field_type}"
                ")")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    name = getattr(tp, "__name__", None) or getattr(getattr(tp, "__origin__", None), "_name", None)
    if isinstance(tp, str):
        return tp.startswith("ClassVar") or tp.startswith("typing.ClassVar")
    return name == "ClassVar" or repr(tp).startswith("typing.ClassVar")


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(a_type, InitVar) or a_type is InitVar or (isinstance(a_type, str) and a_type.startswith("InitVar")):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING and f.default.__class__.__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field "
                         f"{f.name} is not allowed: use default_factory")
    return f


def _field_value(f):
    if f.default_factory is not MISSING:
        return f.default_factory()
    return f.default


def _make_init(cls, fields, std_fields, kw_only_fields, has_post_init, frozen):
    # As CPython: the source of a function with the fields as parameters,
    # so calls run at full speed and argument errors read the same.
    ns = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
          "__dataclass_builtins_object__": object}

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return f"{f.name}=_HAS_DEFAULT_FACTORY"
        ns[f"_dflt_{f.name}"] = f.default
        return f"{f.name}=_dflt_{f.name}"

    params = [param(f) for f in std_fields]
    if kw_only_fields:
        params += ["*"] + [param(f) for f in kw_only_fields]
    self_name = "__dataclass_self__" if "self" in [f.name for f in fields] else "self"
    body = []
    for f in fields:
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if f.default_factory is not MISSING:
            ns[f"_dflt_{f.name}"] = f.default_factory
            if f.init:
                value = f"_dflt_{f.name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
            else:
                value = f"_dflt_{f.name}()"
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            ns[f"_dflt_{f.name}"] = f.default
            value = f"_dflt_{f.name}"
        else:
            continue
        if f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            body.append(f"__dataclass_builtins_object__.__setattr__({self_name}, {f.name!r}, {value})")
        else:
            body.append(f"{self_name}.{f.name} = {value}")
    if has_post_init:
        initvars = ", ".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f"{self_name}.__post_init__({initvars})")
    if not body:
        body = ["pass"]
    src = (f"def __init__({', '.join([self_name] + params)}):\n" +
           "".join(f"    {b}\n" for b in body))
    exec(src, ns)
    fn = ns["__init__"]
    fn.__qualname__ = f"{cls.__qualname__}.__init__"
    return fn


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


_repr_running = set()


def _make_repr(fields):
    def __repr__(self):
        key = (id(self),)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields)
        finally:
            _repr_running.discard(key)
        return f"{self.__class__.__qualname__}({parts})"
    return __repr__


def _tuple_of(self, fields):
    return tuple(getattr(self, f.name) for f in fields)


def _make_eq(fields):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _tuple_of(self, fields) == _tuple_of(other, fields)
        return NotImplemented
    return __eq__


def _make_order(name, fields):
    def compare(self, other):
        if other.__class__ is self.__class__:
            a, b = _tuple_of(self, fields), _tuple_of(other, fields)
            if name == "__lt__":
                return a < b
            if name == "__le__":
                return a <= b
            if name == "__gt__":
                return a > b
            return a >= b
        return NotImplemented
    compare.__name__ = name
    return compare


def _make_hash(fields):
    def __hash__(self):
        return hash(_tuple_of(self, fields))
    return __hash__


def _frozen_setattr(self, name, value):
    if type(self) is self.__class__ and name in self.__class__.__dataclass_fields__:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")
    object.__setattr__(self, name, value)


def _frozen_delattr(self, name):
    if type(self) is self.__class__ and name in self.__class__.__dataclass_fields__:
        raise FrozenInstanceError(f"cannot delete field {name!r}")
    object.__delattr__(self, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams("
                f"init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},"
                f"unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})")


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    value.__qualname__ = f"{cls.__qualname__}.{name}"
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, "__dataclass_fields__", None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, "__dataclass_params__").frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_now = kw_only
    for name, type in cls_annotations.items():
        if type is KW_ONLY or (isinstance(type, str) and type in ("KW_ONLY", "dataclasses.KW_ONLY")):
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, type, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))

    all_fields = list(fields.values())
    field_list = [f for f in all_fields if f._field_type is _FIELD]
    if init:
        has_post_init = hasattr(cls, "__post_init__")
        std_init = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init and not f.kw_only]
        kw_init = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init and f.kw_only]
        seen_default = False
        for f in std_init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        fn = _make_init(cls, all_fields, std_init, kw_init, has_post_init, frozen)
        if "__init__" not in cls.__dict__:
            setattr(cls, "__init__", fn)

    if repr:
        fn = _make_repr([f for f in field_list if f.repr])
        fn.__name__ = "__repr__"
        _set_new_attribute(cls, "__repr__", fn)
    if eq:
        fn = _make_eq([f for f in field_list if f.compare])
        fn.__name__ = "__eq__"
        _set_new_attribute(cls, "__eq__", fn)
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        cmp_fields = [f for f in field_list if f.compare]
        for name in ("__lt__", "__le__", "__gt__", "__ge__"):
            if _set_new_attribute(cls, name, _make_order(name, cmp_fields)):
                raise TypeError(f"Cannot overwrite attribute {name} "
                                f"in class {cls.__name__}. Consider using "
                                "functools.total_ordering")
    if frozen:
        for name, fn in (("__setattr__", _frozen_setattr), ("__delattr__", _frozen_delattr)):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
            setattr(cls, name, fn)

    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if not has_explicit_hash:
        if unsafe_hash or (eq and frozen):
            cls.__hash__ = _make_hash(hash_fields)
        elif eq:
            cls.__hash__ = None
    elif unsafe_hash:
        raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")

    if not getattr(cls, "__doc__", None):
        try:
            cls.__doc__ = cls.__name__ + "(" + ", ".join(f.name for f in field_list) + ")"
        except (TypeError, AttributeError):
            pass
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in field_list if f.init and not f.kw_only)
    if slots:
        cls = _add_slots(cls, [f.name for f in fields.values()])
    return cls


def _add_slots(cls, field_names):
    # As CPython: a new class with the fields as __slots__ (so no __dict__),
    # without the fields' defaults as class attributes.
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    cls_dict = dict(cls.__dict__)
    inherited = set()
    for b in cls.__mro__[1:-1]:
        s = b.__dict__.get("__slots__", ())
        inherited.update([s] if isinstance(s, str) else s)
    cls_dict["__slots__"] = tuple(n for n in field_names if n not in inherited)
    for n in field_names:
        cls_dict.pop(n, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, "__dataclass_fields__")
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    elif isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, "__dataclass_fields__").values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with "
                                 "init=False, it cannot be specified with "
                                 "replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 "must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    if namespace is None:
        namespace = {}
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            defaults[name] = spec
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
