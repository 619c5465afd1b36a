# Map with bounded concurrency, then reduce, preserving input order.
import asyncio
async def square(x, sem):
    async with sem:
        await asyncio.sleep(0.01 * (x % 3))
        return x * x
async def main():
    sem = asyncio.Semaphore(3)
    squares = await asyncio.gather(*(square(x, sem) for x in range(10)))
    print(squares, sum(squares))
asyncio.run(main())
