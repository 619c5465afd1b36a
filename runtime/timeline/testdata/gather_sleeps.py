import asyncio

async def work(n):
    print("start", n)
    await asyncio.sleep(n)
    print("end", n)
    return n

async def main():
    r = await asyncio.gather(work(1), work(2), work(3))
    print(r)

asyncio.run(main())
