# LifoQueue and PriorityQueue ordering.
import asyncio
async def main():
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
        pq.put_nowait(item)
    while not pq.empty():
        print(pq.get_nowait())
asyncio.run(main())
