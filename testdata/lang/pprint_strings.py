# pprint of long strings and bytes: split into adjacent literals at word boundaries.
import pprint

text = ("The event loop runs one callback at a time. When a coroutine awaits a future that is not done, "
        "the task is suspended and the loop moves on to the next ready callback.\nA second line follows here.\n")
pprint.pprint(text)
pprint.pprint(text, width=40)
pprint.pprint({"doc": text, "short": "ok"}, width=50)
pprint.pprint([text[:70], text[70:]], width=30)
pprint.pprint("x" * 100, width=30)
pprint.pprint("a " * 50, width=25)
pprint.pprint(bytes(range(40)))
pprint.pprint({"b": bytes(range(30)), "ba": bytearray(b"0123456789" * 5)}, width=40)
pprint.pprint(b"abcd", width=3)
print(pprint.saferepr({"z": [1, 2], "a": (3,)}), pprint.isreadable([1, "a"]), pprint.isreadable([object]), pprint.isrecursive([1]))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.saferepr(r).startswith("[1, 2, <Recursion on list with id="))
