from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def f(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Base and hasattr(C, "quack"):
            return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Base), issubclass(int, Base))
try:
    Base()
except TypeError as e:
    print(e)
class Reg(metaclass=ABCMeta): pass
Reg.register(int)
print(isinstance(3, Reg), isinstance("x", Reg), sorted(Base.__abstractmethods__))
