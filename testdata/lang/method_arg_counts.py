# Argument-count and keyword messages of built-in methods, which CPython
# words by the kind of method: slot wrappers ("expected 0 arguments, got
# 1"), methods of no argument or one ("list.append() takes exactly one
# argument"), and methods with more ("insert expected 2 arguments, got 1").
import collections
import re


def check(src):
    try:
        eval(src)
        print(src, "-> no error")
    except TypeError as e:
        print(src, "->", repr(str(e)))


cases = [
    # slot wrappers
    "[].__len__(1)", "b''.__len__(1)", "[].__iter__(1)", "[].__repr__(1)",
    "(1).__add__()", "(1.0).__add__(1, 2)", "1j.__add__()", "(1).__neg__(1)",
    "(1).__invert__(1)", "(1).__divmod__()", "'a'.__mod__()", "(1).__mul__()",
    "[].__eq__()", "[].__lt__()", "(1).__lt__()", "(1.0).__lt__()",
    "(1,).__getitem__()", "'a'.__getitem__()", "[].__contains__()",
    "iter([]).__next__(1)", "(1).__int__(1)", "(1.0).__repr__(1)",
    "[].__iadd__()", "{}.__len__(x=1)", "(1).__add__(x=1)",
    "(1).__float__(1)", "(1).__bool__(1)", "(1).__hash__(1)", "True.__repr__(1)",
    # the ones that unpack their arguments put a space first
    "(1).__pow__()", "(2.0).__pow__()", "(1).__pow__(1, 2, 3)", "[].__setitem__(1)",
    "[].__imul__()", "'a'.__mul__()", "bytearray().__setitem__(1)",
    # methods of no argument or one name their type
    "'a'.upper(1)", "'a'.upper(x=1)", "[].append()", "[].__getitem__()",
    "{}.__contains__()", "set().__contains__()", "set().add()", "frozenset().copy(1)",
    "{}.keys(1)", "[].__reversed__(1)", "(1).bit_length(1)", "(1).__format__()",
    "True.__format__()", "(1.5).__format__()", "(1).as_integer_ratio(1)",
    "(1.0).hex(1)", "1j.conjugate(1)", "(1).__trunc__(1)", "'a'.zfill()",
    "slice(1).indices()", "iter([]).__length_hint__(1)", "(x for x in []).send()",
    "(x for x in []).close(1)", "collections.deque().append()",
    "re.compile('a').__copy__(1)",
    # the others do not, but their keyword message does
    "{}.get()", "{}.get(x=1)", "[].insert(x=1)", "(1).__round__(1, 2)",
    "'a'.center()", "collections.deque().rotate(1, 2)",
    # the (sub[, start[, end]]) methods word it as PyArg_ParseTuple does
    "'a'.find()", "'a'.count(1, 2, 3, 4)", "b''.rfind()", "'a'.endswith(1, 2, 3, 4)",
    "'a'.count(x=1)", "'a'.startswith(x=1)", "b''.count(x=1)", "bytearray().find(x=1)",
    "'a'.replace(x=1)", "'a'.replace('a')",
    # exceptions with keyword attributes refuse other keywords
    "NameError(foo=1)", "AttributeError(foo=1)", "ModuleNotFoundError(foo=1)",
]
for c in cases:
    check(c)
