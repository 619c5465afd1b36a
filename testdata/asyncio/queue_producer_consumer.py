# Producer/consumer over a bounded queue: order of puts and gets.
import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(None)
    print("producer done")
async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            print("consumer got sentinel")
            break
        print("got", item)
        await asyncio.sleep(0)
async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 5), consumer(q))
asyncio.run(main())
