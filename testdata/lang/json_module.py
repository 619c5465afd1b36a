# json: dumps/loads round trips, formatting options, errors.
import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14, "nested": {"k": [1, {"x": 2}]}}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("é\n\"q\""), json.dumps("é", ensure_ascii=False))
print(json.dumps((1, 2)), json.dumps({1: "int key", True: "bool"}), json.dumps(1e20), json.dumps(float("inf")))
print(json.loads('[1, 2.5, "s", null, true, false, {"a": {}}]'))
print(json.loads('"\\u00e9\\n"'), json.loads("  42  "), json.loads("-1.5e2"))
print(json.dumps({"b": 1, "a": [1, 2]}, indent=4))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))
for bad in ('{"a": }', "[1, 2", "nope", "{'a': 1}"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"obj": object()}, default=lambda o: "<custom>"))
