# global declarations, reading vs writing module names, UnboundLocalError.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make_new():
    global created
    created = "yes"
make_new()
print(created)
x = "module"
def read_only():
    return x
def shadow():
    x = "local"
    return x
print(read_only(), shadow(), x)
def broken():
    print(x)
    x = 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def inner_global():
    def g():
        global x
        x = "set by g"
    g()
inner_global()
print(x)
