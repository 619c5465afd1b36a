# A traffic-light / turnstile state machine driven by events, with enum states and a transition table.
from enum import Enum, auto


class State(Enum):
    LOCKED = auto()
    UNLOCKED = auto()
    BROKEN = auto()


class Event(Enum):
    COIN = "coin"
    PUSH = "push"
    KICK = "kick"
    REPAIR = "repair"


class InvalidTransition(Exception):
    pass


class Turnstile:
    TRANSITIONS = {
        (State.LOCKED, Event.COIN): State.UNLOCKED,
        (State.LOCKED, Event.PUSH): State.LOCKED,
        (State.UNLOCKED, Event.PUSH): State.LOCKED,
        (State.UNLOCKED, Event.COIN): State.UNLOCKED,
        (State.LOCKED, Event.KICK): State.BROKEN,
        (State.UNLOCKED, Event.KICK): State.BROKEN,
        (State.BROKEN, Event.REPAIR): State.LOCKED,
    }

    def __init__(self):
        self.state = State.LOCKED
        self.coins = 0
        self.passed = 0
        self.history = [self.state.name]

    def handle(self, event):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise InvalidTransition(f"{event.value!r} not allowed in {self.state.name}")
        new = self.TRANSITIONS[key]
        hook = getattr(self, f"on_{event.value}", None)
        if hook:
            hook(self.state, new)
        self.state = new
        self.history.append(new.name)
        return new

    def on_coin(self, old, new):
        self.coins += 1
        if old is State.UNLOCKED:
            print("  thanks for the extra coin")

    def on_push(self, old, new):
        if old is State.UNLOCKED:
            self.passed += 1
        else:
            print("  pay first")


t = Turnstile()
script = "coin push push coin coin push kick coin repair coin push".split()
for word in script:
    ev = Event(word)
    try:
        st = t.handle(ev)
        print(f"{ev.name:6} -> {st.name}")
    except InvalidTransition as e:
        print(f"{ev.name:6} !! {e}")
print("coins", t.coins, "passed", t.passed)
print(" > ".join(t.history))
print([s.name for s in State], State.LOCKED.value, Event("kick") is Event.KICK, Event.KICK.value)
counts = {}
for name in t.history:
    counts[State[name]] = counts.get(State[name], 0) + 1
print({k.name: v for k, v in counts.items()})
try:
    Event("jump")
except ValueError as e:
    print("ValueError:", e)
