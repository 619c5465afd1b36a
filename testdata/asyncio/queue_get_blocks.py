# get() on an empty queue waits for a put; put() on a full queue waits for a get.
import asyncio
async def getter(q):
    print("getter waiting")
    v = await q.get()
    print("getter got", v)
async def putter(q):
    await q.put(1)
    print("putter put 1")
    await q.put(2)
    print("putter put 2 (after a get made room)")
async def main():
    q = asyncio.Queue()
    g = asyncio.create_task(getter(q))
    await asyncio.sleep(0.01)
    await q.put("hello")
    await g
    full = asyncio.Queue(maxsize=1)
    p = asyncio.create_task(putter(full))
    await asyncio.sleep(0.01)
    print("main takes", await full.get())
    await p
    print("left in queue:", full.get_nowait())
asyncio.run(main())
