# Container protocol: len, getitem/setitem/delitem, contains, iter, reversed, bool.
class Deck:
    def __init__(self):
        self.cards = list("A23456789TJQK")
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
    def __contains__(self, c):
        return c in self.cards
    def __reversed__(self):
        return iter("reversed!")
d = Deck()
print(len(d), d[0], d[-1], d[2:5], "Q" in d, "Z" in d)
d[0] = "a"
del d[1]
print(d[:3], len(d))
print(list(d)[:4], "".join(reversed(d)))
for card in d:
    if card == "5":
        break
print(card, bool(d))
class Counted:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Counted(0)), bool(Counted(2)))
class Flag:
    def __bool__(self):
        return False
print(bool(Flag()), "yes" if Flag() else "no", not Flag())
class Bad:
    def __len__(self):
        return -1
try:
    len(Bad())
except ValueError as e:
    print("ValueError:", e)
try:
    Deck()[20]
except IndexError as e:
    print("IndexError:", e)
