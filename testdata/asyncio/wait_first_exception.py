# asyncio.wait with FIRST_EXCEPTION returns when a task raises.
import asyncio
async def ok(d):
    await asyncio.sleep(d)
    return d
async def bad(d):
    await asyncio.sleep(d)
    raise ValueError(f"bad after {d}")
async def main():
    tasks = [asyncio.create_task(ok(0.05)), asyncio.create_task(bad(0.02)), asyncio.create_task(ok(0.01))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in tasks:
        if t.done():
            print("done:", repr(t.exception()) if t.exception() else t.result())
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait([asyncio.create_task(ok(0.01))], return_when=asyncio.FIRST_EXCEPTION)
    print("no exception -> all done:", len(done), len(pending))
asyncio.run(main())
