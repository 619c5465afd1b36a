# A text-adventure command parser and world model, driven by a scripted list of commands.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "rows of old books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["chest"], "locked": True},
}
ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down",
           "get": "take", "grab": "take", "l": "look", "i": "inventory", "inv": "inventory"}
FILLER = {"the", "a", "an", "to", "at"}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.over = False

    def parse(self, line):
        words = [ALIASES.get(w, w) for w in line.lower().split() if w not in FILLER]
        if not words:
            return None, []
        if words[0] in ("north", "south", "east", "west", "up", "down"):
            return "go", words
        return words[0], words[1:]

    def run(self, line):
        verb, args = self.parse(line)
        if verb is None:
            return "Say something."
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            return f"I don't know how to '{verb}'."
        self.moves += 1
        return handler(*args)

    def do_look(self, *args):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        exits = ", ".join(sorted(r["exits"]))
        return f"You are in {r['desc']}. You see: {items}. Exits: {exits}."

    def do_go(self, direction=None, *rest):
        if direction is None:
            return "Go where?"
        target = ROOMS[self.room]["exits"].get(direction)
        if target is None:
            return f"You can't go {direction}."
        if ROOMS[target].get("locked") and "key" not in self.inventory:
            return "The way is locked."
        if target == "cellar" and "lamp" not in self.inventory:
            return "It is too dark to go down without a lamp."
        self.room = target
        return self.do_look()

    def do_take(self, item=None, *rest):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        if item == "chest":
            return "The chest is far too heavy."
        items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."

    def do_drop(self, item=None, *rest):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        ROOMS[self.room]["items"].append(item)
        return f"Dropped: {item}."

    def do_inventory(self, *args):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing") + "."

    def do_open(self, thing=None, *rest):
        if thing == "chest" and self.room == "cellar":
            self.over = True
            return "The chest creaks open: treasure! You win."
        return "Nothing to open."


game = Game()
script = ["look", "take lamp", "e", "d", "w", "n", "grab the key", "take sword", "read book",
          "", "s", "east", "down", "take chest", "drop bread", "inv", "open the chest"]
for cmd in script:
    print(f"> {cmd}")
    print(game.run(cmd))
    if game.over:
        break
print("moves:", game.moves, "room:", game.room, "inventory:", game.inventory)
