from __future__ import annotations
def g(a: 'x', b: list[int] = None, *c: tuple[int, ...], d: dict[str, 'A'] | None, **e: Callable[[int], None]) -> Literal["a", 1, -2.5, None, True, b'x'] | x.y.z: pass
print(g.__annotations__)
x: a[1:2, ::3] = 1
y: 'it\'s' = 2
z: f(1, k=2)[0] = 3
print(__annotations__)
class C:
    n: int = 0
    m: Optional[C] = None
    def f(self) -> C: return self
print(C.__annotations__, C.f.__annotations__, annotations)
import __future__
print(__future__.annotations, __future__.all_feature_names[-1], __future__.division.getMandatoryRelease())
from typing import Generic, TypeVar, Protocol
T = TypeVar('T'); K = TypeVar('K')
class S(Generic[T]):
    pass
class M(Generic[K, T]):
    pass
a = S[int]
print(a, repr(a), a.__origin__, a.__args__, S[int]().__class__, M[str, int], S[list[int]], type(a).__name__, a == S[int], Generic[T], S.__mro__)
class P(Protocol[T]):
    def get(self) -> T: ...
print(P[int] == P[int], S[int] != S[str])
