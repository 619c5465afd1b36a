# Several producers blocked on a full queue are released in FIFO order as space frees up.
import asyncio
async def producer(name, q):
    print(name, "putting")
    await q.put(name)
    print(name, "put done")
async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("initial")
    ps = [asyncio.create_task(producer(n, q)) for n in ("p1", "p2", "p3")]
    await asyncio.sleep(0)
    for _ in range(4):
        print("took", await q.get())
        await asyncio.sleep(0)
    await asyncio.gather(*ps)
asyncio.run(main())
