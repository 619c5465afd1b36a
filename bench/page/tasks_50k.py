# 50k tasks: each is created, yields to the loop twice and returns; the
# main task gathers them all.
import asyncio

N = 50_000


async def work(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return i & 7


async def main():
    tasks = [asyncio.create_task(work(i)) for i in range(N)]
    print(sum(await asyncio.gather(*tasks)))


asyncio.run(main())
