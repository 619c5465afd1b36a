# Cancelling the task that runs a TaskGroup cancels all its children and propagates CancelledError.
import asyncio
cancelled = []
async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(n)
        raise
async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(child(n))
    except asyncio.CancelledError:
        # The group cancels its children in set order, so print them sorted.
        print("parent sees CancelledError; children cancelled:", sorted(cancelled))
        raise
async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent task cancelled:", p.cancelled())
asyncio.run(main())
