# How many loop iterations cancellation takes to complete, counted by a ticker task.
import asyncio
ticks = 0
async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)
async def sleeper():
    await asyncio.sleep(10)
async def catcher():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        raise
async def waits_on(task):
    await task
async def report(name, task):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    before = ticks
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    print(f"{name:36} {ticks - before} cancelled={task.cancelled()}")
async def main():
    t = asyncio.create_task(ticker())
    await report("cancel a sleeping task", asyncio.create_task(sleeper()))
    await report("cancel a task that cleans up", asyncio.create_task(catcher()))
    inner = asyncio.create_task(sleeper())
    await report("cancel a task awaiting a task", asyncio.create_task(waits_on(inner)))
    print("inner cancelled too:", inner.cancelled())
    fresh = asyncio.create_task(sleeper())
    before = ticks
    fresh.cancel()
    try:
        await fresh
    except asyncio.CancelledError:
        print(f"{'cancel before first step':36} {ticks - before}")
    before = ticks
    try:
        await asyncio.wait_for(sleeper(), 0)
    except TimeoutError:
        print(f"{'wait_for(timeout=0)':36} {ticks - before}")
    t.cancel()
asyncio.run(main())
