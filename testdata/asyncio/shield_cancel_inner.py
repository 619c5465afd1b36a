# Cancelling the inner task of a shield cancels the shield's waiter too.
import asyncio
async def inner():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(inner())
    s = asyncio.shield(t)
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shield raised CancelledError, inner cancelled:", t.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result("already")
    print(await asyncio.shield(done))
asyncio.run(main())
