import json

print(json.loads('[1, 2]'))
try:
    json.loads('[1] [2]')
except json.JSONDecodeError as e:
    print(e.msg, e.pos)
print(json.loads('{"a": [1,]}', object_hook=dict))
