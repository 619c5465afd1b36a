# Cancelling a task that awaits another task cancels the awaited task too.
import asyncio
async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise
async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise
async def main():
    ti = asyncio.create_task(inner())
    to = asyncio.create_task(outer(ti))
    await asyncio.sleep(0.01)
    to.cancel()
    await asyncio.gather(to, return_exceptions=True)
    print("inner cancelled:", ti.cancelled(), "outer cancelled:", to.cancelled())
asyncio.run(main())
