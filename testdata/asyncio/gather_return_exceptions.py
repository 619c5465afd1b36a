# gather(return_exceptions=True) puts exceptions in the result list.
import asyncio
async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n
async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)
async def main():
    results = await asyncio.gather(ok(1), bad("first"), ok(2), bad("second"), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
asyncio.run(main())
