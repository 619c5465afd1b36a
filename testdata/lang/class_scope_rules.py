# Class bodies are not enclosing scopes for methods or comprehensions.
x = "global x"
class C:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    names = [x for _ in range(1)]
    doubled = [n * 2 for n in range(3)]
print(C.y, C().method(), C.names, C.doubled)
def outer():
    z = "enclosing z"
    class Inner:
        z_seen = z
        def get(self):
            return z
    return Inner
I = outer()
print(I.z_seen, I().get())
class Counter:
    count = 0
    def inc(self):
        Counter.count += 1
        return Counter.count
c = Counter()
c.inc(); c.inc()
print(Counter.count)
class Shadow:
    value = 1
    def read(self):
        try:
            return value
        except NameError as e:
            return f"NameError: {e}"
print(Shadow().read())
