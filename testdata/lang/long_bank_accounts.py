# A bank-account class hierarchy: interest, overdraft, fees, transaction log, errors.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.account = account
        self.amount = amount


class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self._log("deposit", amount)
        return self

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self._log("withdraw", amount)
        return self

    def available(self):
        return self.balance

    def month_end(self):
        pass

    def _log(self, kind, amount):
        self.history.append((kind, round(amount, 2), round(self.balance, 2)))

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self.balance:.2f})"

    def __lt__(self, other):
        return self.balance < other.balance


class Savings(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def month_end(self):
        interest = self.balance * self.rate / 12
        self.balance += interest
        self._log("interest", interest)


class Checking(Account):
    fee = 1.5

    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee * 2
            self._log("overdraft fee", self.fee * 2)
        else:
            self.balance -= self.fee
            self._log("fee", self.fee)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, owner, *args, **kwargs):
        acct = cls(owner, *args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        dst.deposit(amount)
        return True

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f"== {self.name} ==")
        for acct in sorted(self.accounts.values(), reverse=True):
            print(f"  {acct!r}")
        print(f"  total: {self.total():,.2f}")


bank = Bank("Py Savings & Loan")
alice = bank.open(Savings, "alice", 1200.0, rate=0.05)
bob = bank.open(Checking, "bob", 50.0)
carol = bank.open(Account, "carol")
carol.deposit(300).withdraw(45.5)
print(bank.transfer(bob, alice, 120))
print(bank.transfer(bob, carol, 100))
print(bank.transfer(carol, bob, 10_000))
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
bank.month_end()
bank.report()
for acct in (alice, bob, carol):
    print(acct.owner, acct.history)
print(isinstance(bob, Account), [type(a).__mro__[1].__name__ for a in bank.accounts.values()])
