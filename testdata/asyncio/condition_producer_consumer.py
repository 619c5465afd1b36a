# A bounded buffer built from a Condition.
import asyncio
class Buffer:
    def __init__(self, size):
        self.items, self.size = [], size
        self.cond = asyncio.Condition()
    async def put(self, x):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.size)
            self.items.append(x)
            print("put", x, self.items)
            self.cond.notify_all()
    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            x = self.items.pop(0)
            print("get", x, self.items)
            self.cond.notify_all()
            return x
async def main():
    buf = Buffer(2)
    async def producer():
        for i in range(5):
            await buf.put(i)
    async def consumer():
        return [await buf.get() for _ in range(5)]
    _, got = await asyncio.gather(producer(), consumer())
    print(got)
asyncio.run(main())
