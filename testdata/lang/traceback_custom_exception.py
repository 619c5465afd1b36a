# Uncaught user exception with a module-qualified name and a multi-arg message.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount
print(withdraw(100, 30))
withdraw(10, 30)
