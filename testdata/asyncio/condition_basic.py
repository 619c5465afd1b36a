# Condition: wait/notify/notify_all and wait_for with a predicate.
import asyncio
items = []
async def consumer(name, cond):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        print(name, "consumed", items.pop(0))
async def waiter(name, cond):
    async with cond:
        await cond.wait()
        print(name, "notified")
async def main():
    cond = asyncio.Condition()
    cs = [asyncio.create_task(consumer(f"c{i}", cond)) for i in range(2)]
    await asyncio.sleep(0.01)
    async with cond:
        items.append("apple")
        cond.notify()
    await asyncio.sleep(0.01)
    async with cond:
        items.append("pear")
        cond.notify()
    await asyncio.gather(*cs)
    ws = [asyncio.create_task(waiter(f"w{i}", cond)) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())
