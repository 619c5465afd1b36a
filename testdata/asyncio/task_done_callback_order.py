# When a task finishes, its done callbacks and its awaiters wake in registration order.
import asyncio
async def child():
    await asyncio.sleep(0)
    return "child result"
async def awaiter(t, name):
    print(name, "got", await t)
async def main():
    t = asyncio.create_task(child())
    t.add_done_callback(lambda f: print("callback 1"))
    w = asyncio.create_task(awaiter(t, "awaiter task"))
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("callback 2"))
    print("main awaits", await t)
    await w
asyncio.run(main())
