# Subclasses of asyncio.Queue/LifoQueue: own __init__ calling super().__init__(maxsize),
# extra attributes and methods; the base's argument errors.
import asyncio

class NamedQueue(asyncio.Queue):
    def __init__(self, name, maxsize=0):
        super().__init__(maxsize)
        self.name = name

    def describe(self):
        return f"{self.name}: {self.qsize()}/{self.maxsize}"

class Stack(asyncio.LifoQueue):
    pass

async def main():
    q = NamedQueue("jobs", 2)
    await q.put("a")
    q.put_nowait("b")
    print(q.describe(), q.full(), type(q).__name__, isinstance(q, asyncio.Queue))
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("full")
    print(await q.get(), q.get_nowait())
    s = Stack()
    for i in range(3):
        s.put_nowait(i)
    print([s.get_nowait() for _ in range(3)], type(s).__name__)
    print(repr(q).split(" at ")[0], str(s))
    try:
        asyncio.Queue(1, 2)
    except TypeError as e:
        print(e)
    print(asyncio.Queue(maxsize=5).maxsize, asyncio.Queue(3).maxsize)

asyncio.run(main())
