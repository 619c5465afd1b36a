# super() in classmethods, staticmethod-free helpers, explicit two-argument form, property overrides.
class Base:
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
    @property
    def label(self):
        return "base label"
    def greet(self, name):
        return f"Hello {name}"
class Child(Base):
    @classmethod
    def create(cls):
        return "Child -> " + super().create()
    @property
    def label(self):
        return super().label.upper()
    def greet(self, name):
        return super(Child, self).greet(name) + "!"
class Grandchild(Child):
    def greet(self, name):
        return super(Child, self).greet(name) + "?"
print(Child.create(), Child().label, Child().greet("ann"), Grandchild().greet("bo"))
print(Grandchild.create())
class WithInit:
    def __init__(self):
        self.parts = ["base"]
class Extra(WithInit):
    def __init__(self):
        super().__init__()
        self.parts.append("extra")
print(Extra().parts)
def outside(self):
    return "function outside class"
try:
    class Broken(Base):
        def f(self):
            return super().missing()
    Broken().f()
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(super(Child, Child()), super))
