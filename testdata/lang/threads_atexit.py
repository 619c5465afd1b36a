import atexit, threading, time
def bye(who):
    print("bye", who)
def unused():
    raise ValueError("in atexit")
atexit.register(bye, "first")
f = atexit.register(bye, who="second")
atexit.register(bye, "dropped")
atexit.unregister(bye)
atexit.register(bye, "third")
def late():
    time.sleep(0.2)
    print("thread done")
threading.Thread(target=late).start()
print("main done")
atexit.register(print, "registered last, runs first")
try:
    atexit.register(42)
except TypeError as e:
    print(e)
