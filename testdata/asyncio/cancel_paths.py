# Cancellation delivered at the await point; a task may catch it and finish cleanup.
import asyncio
async def worker():
    print("worker start")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("worker cleanup")
        await asyncio.sleep(0.01)
        print("worker cleanup done")
        raise
    finally:
        print("worker finally")
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    print("cancel requested, done?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print("cancelled:", t.cancelled())
asyncio.run(main())
