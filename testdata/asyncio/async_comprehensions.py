# Async comprehensions: async for in list/set/dict comprehensions, await inside.
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def double(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    print([x async for x in agen(5)])
    print([x async for x in agen(10) if x % 3 == 0])
    print({x % 2 async for x in agen(4)})
    print({x: x * x async for x in agen(3)})
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in agen(3)])
    g = (x + 1 async for x in agen(3))
    print(type(g).__name__, [y async for y in g])
asyncio.run(main())
