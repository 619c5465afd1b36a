# How many loop iterations each await costs, counted by a ticker task that ticks once per iteration.
import asyncio
ticks = 0
async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)
async def immediate(v=None):
    return v
async def measure(name, make):
    await asyncio.sleep(0)
    before = ticks
    await make()
    print(f"{name:34} {ticks - before}")
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    await measure("await coroutine (inline)", lambda: immediate())
    await measure("await sleep(0)", lambda: asyncio.sleep(0))
    await measure("await create_task(immediate)", lambda: asyncio.create_task(immediate()))
    async def done_task():
        task = asyncio.create_task(immediate())
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        return await task
    await measure("await finished task (+2 sleeps)", done_task)
    await measure("await gather(3 coroutines)", lambda: asyncio.gather(immediate(), immediate(), immediate()))
    await measure("await gather()", lambda: asyncio.gather())
    def fut_soon():
        f = loop.create_future()
        loop.call_soon(f.set_result, 1)
        return f
    await measure("await future set by call_soon", fut_soon)
    def fut_done():
        f = loop.create_future()
        f.set_result(1)
        return f
    await measure("await already-done future", fut_done)
    await measure("await wait_for(immediate, 1)", lambda: asyncio.wait_for(immediate(), 1))
    await measure("await shield(immediate)", lambda: asyncio.shield(immediate()))
    async def in_timeout():
        async with asyncio.timeout(1):
            await immediate()
    await measure("async with timeout(1): immediate", in_timeout)
    async def taskgroup_one():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(immediate())
    await measure("TaskGroup with one immediate task", taskgroup_one)
    q = asyncio.Queue()
    async def queue_roundtrip():
        await q.put(1)
        await q.get()
    await measure("queue put+get (no waiting)", queue_roundtrip)
    async def queue_handoff():
        getter = asyncio.create_task(q.get())
        await asyncio.sleep(0)
        q.put_nowait(2)
        await getter
    await measure("queue handoff to waiting getter", queue_handoff)
    lock = asyncio.Lock()
    async def lock_uncontended():
        async with lock:
            pass
    await measure("lock acquire/release (free)", lock_uncontended)
    ev = asyncio.Event()
    async def event_wake():
        w = asyncio.create_task(ev.wait())
        await asyncio.sleep(0)
        ev.set()
        await w
    await measure("event set wakes a waiter", event_wake)
    await measure("wait([task]) ALL_COMPLETED", lambda: asyncio.wait([asyncio.create_task(immediate())]))
    t.cancel()
asyncio.run(main())
