# Driving coroutine objects by hand with send/throw/close, as the event loop does.
class Suspend:
    def __await__(self):
        value = yield "suspended"
        return value
async def worker():
    print("worker start")
    got = await Suspend()
    print("worker resumed with", got)
    try:
        await Suspend()
    except KeyError as e:
        print("worker caught", repr(e))
    return "worker result"
c = worker()
print(c.send(None))
print(c.send("hello"))
try:
    c.throw(KeyError("injected"))
except StopIteration as e:
    print("StopIteration value:", e.value)
c2 = worker()
c2.send(None)
c2.close()
print("closed")
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def simple():
    return 5
c3 = simple()
try:
    c3.send(None)
except StopIteration as e:
    print("finished at once:", e.value)
