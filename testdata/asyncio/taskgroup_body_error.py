# An exception in the async with body cancels the group's tasks.
import asyncio
async def long():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("long task cancelled")
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long())
            await asyncio.sleep(0.01)
            raise KeyError("body failed")
    except* KeyError as eg:
        print("caught", repr(eg.exceptions[0]))
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(asyncio.sleep(0.01, "late"))
    coro = long()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError, finished:", str(e).endswith("is finished"))
    coro.close()
    print(t.result())
asyncio.run(main())
