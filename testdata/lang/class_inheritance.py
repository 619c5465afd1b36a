# Single inheritance, overriding, super(), isinstance/issubclass.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
for a in (Animal("generic"), Dog("rex"), Puppy("bit", 1)):
    print(a.speak(), a.kind())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy("x", 2), Dog))
print(Puppy.__bases__, Puppy.__mro__)
print(issubclass(Dog, (int, Animal)), isinstance(3, (str, int)))
print(Dog.__base__.__name__, object.__bases__)
