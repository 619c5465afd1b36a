# 100k tasks gathered, each yielding once with sleep(0).
import asyncio

N = 100_000


async def worker(i):
    await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*[worker(i) for i in range(N)])
    print(len(results), sum(results))


asyncio.run(main())
