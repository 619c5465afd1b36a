# 100k items through a bounded asyncio.Queue: one producer, four consumers,
# the producer waiting whenever the queue is full.
import asyncio

N = 100_000
CONSUMERS = 4


async def main():
    q = asyncio.Queue(maxsize=100)
    totals = [0] * CONSUMERS

    async def producer():
        for i in range(N):
            await q.put(i)
        for _ in range(CONSUMERS):
            await q.put(None)

    async def consumer(k):
        while True:
            item = await q.get()
            if item is None:
                return
            totals[k] += item

    await asyncio.gather(producer(), *[consumer(k) for k in range(CONSUMERS)])
    print(sum(totals))


asyncio.run(main())
