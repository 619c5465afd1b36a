# pprint: nested dicts, lists, tuples and sets broken as CPython breaks them.
import pprint

data = {
    "name": "asynchrony",
    "tags": ["python", "asyncio", "event-loop", "coroutines", "tasks", "futures", "wasm"],
    "versions": {"cpython": (3, 11, 7), "go": (1, 26), "node": (20,)},
    "matrix": [[i * j for j in range(12)] for i in range(6)],
    "flags": {5, 3, 9, 1, 7},
    "frozen": frozenset({3, 1, 2}),
    "empty": [{}, [], (), set(), ""],
    "nested": {"a": {"b": {"c": {"d": {"e": [1, 2, 3] * 10}}}}},
    10: None,
    (1, 2): 3.5,
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1)
pprint.pprint(data["matrix"], compact=True)
pprint.pprint(data["matrix"], compact=True, width=30)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=70)
print(pprint.pformat(list(range(40))))
print(pprint.pformat(tuple(range(30)), width=20, compact=True))
print(pprint.pformat((["x" * 30],), width=20))
print(pprint.pformat([1, [2, [3, [4, [5, [6]]]]]], depth=3))
print(pprint.pformat({"key": 10**30}, underscore_numbers=True), pprint.pformat(10**12, underscore_numbers=True))
print(pprint.pformat({3: "c", 1: "a", 2: "b", "x": 0, None: 1}))
print(pprint.pformat([{"id": i, "name": f"user{i}", "roles": ["admin", "dev"][: i % 3]} for i in range(5)]))
