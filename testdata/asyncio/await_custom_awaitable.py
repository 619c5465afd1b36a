# Any object with __await__ returning an iterator can be awaited.
import asyncio
class Delay:
    def __init__(self, d, v):
        self.d, self.v = d, v
    def __await__(self):
        yield from asyncio.sleep(self.d).__await__()
        return self.v
class Immediate:
    def __await__(self):
        return iter([])
async def main():
    print(await Delay(0.01, "delayed value"))
    print(await Immediate())
    print(await asyncio.gather(Delay(0.02, "x"), Delay(0.01, "y")))
    t = asyncio.ensure_future(Delay(0, "wrapped"))
    print(type(t).__name__, await t)
asyncio.run(main())
