import json

response = '{"name": "asynchrony", "stars": 42,}'
repo = json.loads(response)
print(repo['name'])
