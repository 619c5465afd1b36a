# AttributeError on None, as CPython words it.
def find(users, name):
    for u in users:
        if u["name"] == name:
            return u
user = find([{"name": "ann"}], "bob")
print(user.foo)
