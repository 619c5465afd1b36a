import json
for bad in ['', '{"a":1,}', '[1,]', '{"a" 1}', '"abc', '"a\\qb"', '01', '[1 2]', '{"a":1\n  "b":2}', '"\\u12"', 'tru', '-', '"a\tb"', '[1, 2] x']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(repr(bad), e, e.pos, e.lineno, e.colno, e.msg)
print(json.loads('{"a": 1, "a": 2}'), json.loads('1e400'), json.loads('123456789012345678901234567890'), json.loads('"\\ud83d\\ude00"'))
print(json.dumps("😀"), json.dumps({"x": float("nan")}), json.dumps([1.0, 1e-7, 0.1, 10**20]))
print(json.dumps({"a": [1, {"b": None}]}, indent="\t"), json.dumps({"a": 1}, indent=0))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d)), json.loads('[1.5]', parse_float=str))
class E(json.JSONEncoder):
    def default(self, o): return list(o)
print(json.dumps({"s": {1}}, cls=E), json.dumps({(1,2): 1}, skipkeys=True))
try: json.dumps({(1,2): 1})
except TypeError as e: print(e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
try: json.dumps(float("inf"), allow_nan=False)
except ValueError as e: print(e)
