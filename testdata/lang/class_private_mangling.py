# Private name mangling of __names inside class bodies.
class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = 1
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret()
a = Account()
print(a.balance(), a._protected, a.reveal())
print(sorted(vars(a)))
print(a._Account__balance, a._Account__secret())
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 5
print(sorted(vars(Sub())), Sub().balance())
class Dunder:
    __ok__ = "not mangled"
print(Dunder.__ok__)
