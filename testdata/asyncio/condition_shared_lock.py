# A Condition built on an existing Lock shares that lock's state.
import asyncio
async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    async with lock:
        print("lock held, condition locked:", cond.locked())
    print("released, condition locked:", cond.locked())
    ready = []
    async def waiter(n):
        async with cond:
            await cond.wait_for(lambda: n in ready)
            print("waiter", n, "proceeds")
    tasks = [asyncio.create_task(waiter(n)) for n in (1, 2, 3)]
    for n in (2, 3, 1):
        await asyncio.sleep(0.01)
        async with cond:
            ready.append(n)
            cond.notify_all()
    await asyncio.gather(*tasks)
asyncio.run(main())
