# Tasks released in the same loop iteration all appear in FIRST_COMPLETED's done set.
import asyncio
async def waiter(ev, name):
    await ev.wait()
    return name
async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("a", "b", "c")]
    asyncio.get_running_loop().call_later(0.01, ev.set)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
asyncio.run(main())
