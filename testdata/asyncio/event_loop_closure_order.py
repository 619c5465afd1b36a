# The order of callbacks, timers and task steps within loop iterations, traced with a log.
import asyncio
log = []
async def task(name, loop):
    log.append(f"{name} start")
    loop.call_soon(log.append, f"{name} soon")
    await asyncio.sleep(0)
    log.append(f"{name} resumed")
    loop.call_later(0.01, log.append, f"{name} timer")
    await asyncio.sleep(0.02)
    log.append(f"{name} end")
async def main():
    loop = asyncio.get_running_loop()
    await asyncio.gather(task("A", loop), task("B", loop))
    for i, entry in enumerate(log):
        print(i, entry)
asyncio.run(main())
