# Methods of built-in types called through the class with a wrong or
# missing receiver: the messages name types as CPython's tp_name does
# (module-qualified for types defined in modules).
import collections, re, itertools

calls = [
    lambda: collections.deque.append(1, 2),
    lambda: collections.deque.__len__(1),
    lambda: collections.deque.__len__(),
    lambda: collections.deque.append(),
    lambda: re.Pattern.match(1, "x"),
    lambda: itertools.count.__next__(1),
    lambda: list.append(collections.deque(), 1),
    lambda: list.__len__(collections.deque()),
    lambda: dict.keys([]),
]
for f in calls:
    try:
        f()
    except TypeError as e:
        print(e)
