from __future__ import annotations
from typing import TYPE_CHECKING, Protocol, TypeVar, Generic, Callable, Iterator, Awaitable, ClassVar, Final, Literal
if TYPE_CHECKING:
    import os
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1); print(s.pop(), Stack[int], T)
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str: return 'hi'
def use(g: Greeter) -> str: return g.greet()
print(use(En()), use.__annotations__)
def deco(f: Callable[[int], int]) -> Callable[[int], int]: return f
@deco
def inc(x: int) -> int: return x + 1
print(inc(1), inc.__annotations__)
class C:
    limit: ClassVar[int] = 5
    name: Final = 'c'
    mode: Literal['a', 'b'] = 'a'
print(C.limit, C.name, C.mode, C.__annotations__)
