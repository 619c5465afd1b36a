import json


class Task:
    def __init__(self, name):
        self.name = name


print(json.dumps({'tasks': [Task('a')]}))
