# Event: waiters wake when set; is_set, clear, wait on an already-set event.
import asyncio
async def waiter(name, ev):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke")
async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("x", "y")]
    await asyncio.sleep(0.01)
    print("setting, is_set:", ev.is_set())
    ev.set()
    print("set, is_set:", ev.is_set())
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("wait timed out on cleared event")
asyncio.run(main())
