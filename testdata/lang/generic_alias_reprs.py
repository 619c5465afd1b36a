# Generic aliases where CPython has them: builtins, collections,
# collections.abc and typing, with their reprs, __origin__ and __args__.
import collections
import collections.abc as abc
import typing
import types
import functools
import contextlib


def show(expr):
    try:
        v = eval(expr)
    except Exception as e:
        print(f"{expr}: {type(e).__name__}: {e}")
        return
    origin = getattr(v, '__origin__', None)
    print(f"{expr}: {v!r} origin={origin!r} args={getattr(v, '__args__', None)!r}")


for expr in [
    "list[int]", "dict[str, int]", "tuple[int, ...]", "tuple[()]", "type[int]", "set[str]",
    "frozenset[int]", "enumerate[str]", "list[len]", "list[None]", "dict[str, list[int]]",
    "list[[int, str]]", "list['Forward']",
    "collections.deque[int]", "collections.defaultdict[str, int]",
    "collections.OrderedDict[str, int]", "collections.Counter[str]",
    "collections.ChainMap[str, object]", "collections.UserDict[str, int]",
    "collections.UserList[int]", "collections.UserString[int]",
    "abc.Generator[int, None, None]", "abc.Callable[[int], str]", "abc.Callable[[], None]",
    "abc.Callable[..., int]", "abc.Callable[[int, str], list[int]]",
    "abc.Iterable[int]", "abc.Iterator[str]", "abc.Mapping[str, int]",
    "abc.MutableMapping[str, int]", "abc.Sequence[int]", "abc.MutableSequence[int]",
    "abc.Set[int]", "abc.MutableSet[int]", "abc.Awaitable[int]", "abc.Coroutine[int, None, str]",
    "abc.AsyncIterator[int]", "abc.AsyncIterable[int]", "abc.AsyncGenerator[int, None]",
    "abc.Collection[int]", "abc.Container[int]", "abc.Reversible[int]",
    "abc.KeysView[str]", "abc.ItemsView[str, int]", "abc.ValuesView[int]", "abc.MappingView[int]",
    "abc.Hashable[int]", "abc.Sized[int]",
    "typing.List[int]", "typing.Dict[str, int]", "typing.Optional[int]", "typing.Union[int, str]",
    "typing.Union[int, None]", "typing.Union[int, str, None]", "typing.Union[int]",
    "typing.Generator[int, None, None]", "typing.Callable[[int], str]", "typing.Callable[..., int]",
    "typing.Callable[[int], None]", "typing.Tuple[int, ...]", "typing.Type[int]",
    "typing.Dict[str, typing.List[int]]", "typing.Optional[typing.List[int]]",
    "typing.Iterable[int]", "typing.Awaitable[int]", "typing.Coroutine[int, None, str]",
    "typing.List", "typing.Dict", "typing.Callable", "typing.Optional", "typing.Generator",
    "typing.Any", "int | None", "int | str", "list[int] | None",
    "functools.partial[int]", "contextlib.AbstractContextManager[int]",
]:
    show(expr)

print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(type(list[int]) is types.GenericAlias, type(abc.Generator[int, None, None]) is types.GenericAlias)
print(list[int]([1, 2]), dict[str, int](a=1), collections.deque[int]([1, 2]))
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)))
for cls in (list[int], abc.Iterable[int], collections.deque[int], abc.Callable[[int], str]):
    for check in (isinstance, issubclass):
        try:
            check([] if check is isinstance else list, cls)
        except TypeError as e:
            print(check.__name__, e)
try:
    isinstance([], typing.List[int])
except TypeError as e:
    print(e)
print(isinstance([], typing.List), isinstance({}, typing.Mapping), isinstance(len, abc.Callable))


class MyList(list[int]):
    pass


class MyIt(abc.Iterator[int]):
    def __next__(self):
        raise StopIteration


print(MyList.__mro__, MyList.__orig_bases__ if hasattr(MyList, '__orig_bases__') else None)
print(MyIt.__mro__[:2], list(MyIt()))
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_origin(typing.List[int]))
for expr in ["abc.Callable[int, str]", "abc.Callable[int]", "typing.Callable[int, str]",
             "typing.Callable[int]", "list[int][str]", "int[str]", "abc.Sized[int]",
             "(list[int] | None).__args__", "(list[int] | list[int])", "list[int] | dict[str, int] | None"]:
    show(expr)
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print(e)
print(isinstance(None, int | None), isinstance(3, int | str))
