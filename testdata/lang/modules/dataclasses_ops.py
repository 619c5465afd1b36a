from dataclasses import dataclass, field, fields, asdict, replace, FrozenInstanceError, KW_ONLY, InitVar
@dataclass
class A:
    x: int
    y: list = field(default_factory=list)
    _: KW_ONLY
    z: int = 0
print(A(1), A(1, [2], z=3), [f.name for f in fields(A)], A.__match_args__)
for f in [lambda: A(), lambda: A(1, 2, 3), lambda: A(1, q=2), lambda: replace(A(1), w=1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
try:
    @dataclass
    class M:
        a: list = []
except ValueError as e:
    print(e)
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = "x"
try:
    F(1).a = 2
except FrozenInstanceError as e:
    print("frozen", e)
print(F(1) < F(2), sorted([F(2), F(1, "a")]), asdict(F(3)), F(1) == F(1), hash(F(1)) == hash(F(1)))
@dataclass
class G:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
print(G(3), G(3, 10))
@dataclass(eq=False)
class H:
    v: int
print(H(1) == H(1), H.__hash__ is object.__hash__)
