# Queue put/get, qsize, empty, full, maxsize, put_nowait/get_nowait and their errors.
import asyncio
async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.empty(), q.full(), q.qsize(), q.maxsize)
    await q.put("a")
    q.put_nowait("b")
    print(q.full(), q.qsize())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(await q.get(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    unbounded = asyncio.Queue()
    for i in range(5):
        unbounded.put_nowait(i)
    print(unbounded.qsize(), unbounded.full(), [unbounded.get_nowait() for _ in range(5)])
asyncio.run(main())
