from typing import List, Dict, Optional, Union, Any, Callable, TypeVar, Generic, NamedTuple, Tuple, Iterator
T = TypeVar("T")
def f(x: List[int], y: Optional[str] = None) -> Dict[str, Any]:
    return {"x": x, "y": y}
print(f([1]), List[int], Optional[int], Union[int, str], Dict[str, List[int]], Callable[[int], str], T, Tuple[int, ...])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1), P(1, 2).y, Stack().items, f.__annotations__["return"])
def gen() -> Iterator[int]:
    yield 1
print(list(gen()))
