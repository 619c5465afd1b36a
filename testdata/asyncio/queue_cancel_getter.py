# Cancelling a blocked getter and a wait_for timeout on get() leave the queue usable.
import asyncio
async def main():
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.gather(getter, return_exceptions=True)
    print("getter cancelled:", getter.cancelled())
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out")
    q.put_nowait("item")
    print("got", await q.get(), "size", q.qsize())
asyncio.run(main())
