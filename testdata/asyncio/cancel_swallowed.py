# A task that swallows CancelledError completes normally; cancelling() counts requests.
import asyncio
async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("ignoring cancel, cancelling() =", asyncio.current_task().cancelling())
    return "finished anyway"
async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print(await t, t.cancelled())
    t2 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t2.cancel()
    await asyncio.sleep(0)
    print("uncancel:", t2.uncancel())
    print(await t2)
asyncio.run(main())
