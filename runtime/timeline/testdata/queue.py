import asyncio

async def producer(q):
    for i in range(3):
        await asyncio.sleep(0.5)
        await q.put(i)
        print("put", i)
    await q.put(None)

async def consumer(q):
    while (item := await q.get()) is not None:
        print("got", item)

async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
