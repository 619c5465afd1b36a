# loop.time() advances with sleeps; deltas rounded for determinism.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.05)
    print(round(loop.time() - t0, 1))
    await asyncio.gather(asyncio.sleep(0.05), asyncio.sleep(0.1))
    print(round(loop.time() - t0, 1))
    print(type(loop.time()).__name__, loop.is_running(), loop.is_closed())
asyncio.run(main())
