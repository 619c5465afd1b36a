# Objects and dicts: small instances with attributes and methods, dicts
# keyed by strings and ints, a sort by key.
class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def summary(self):
        return {"name": self.name, "balance": self.balance, "moves": len(self.history)}


def run():
    accounts = {}
    for i in range(2_000):
        accounts["acct-%d" % i] = Account("acct-%d" % i, i)
    for step in range(150_000):
        acct = accounts["acct-%d" % (step * 7 % 2_000)]
        acct.deposit(step % 13)
    by_bucket = {}
    for a in accounts.values():
        s = a.summary()
        by_bucket.setdefault(s["balance"] % 10, []).append(s)
    top = sorted((s for ss in by_bucket.values() for s in ss), key=lambda s: (-s["balance"], s["name"]))
    return len(by_bucket), top[0]["name"], top[-1]["balance"], sum(len(v) for v in by_bucket.values())


print(run())
