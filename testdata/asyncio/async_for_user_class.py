# async for on a user class with __aiter__/__anext__.
import asyncio
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1
async def other():
    for i in range(3):
        print("  other", i)
        await asyncio.sleep(0)
async def main():
    t = asyncio.create_task(other())
    async for v in Countdown(3):
        print("count", v)
    else:
        print("async for else")
    await t
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
