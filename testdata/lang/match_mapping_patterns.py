# match mapping patterns with extra keys, **rest and value patterns.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {rest}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"color": Color.RED}:
            return "red thing"
        case {"color": Color.GREEN | Color.RED as c}:
            return f"colored {c.name}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4), "extra": 1},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "w", "mods": ["ctrl"]},
    {"color": Color.RED},
    {"color": Color.GREEN},
    {"other": 1},
    [("type", "click")],
]
for e in events:
    print(handle(e))
