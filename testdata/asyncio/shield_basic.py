# shield protects the inner task from the outer cancellation.
import asyncio
async def important():
    await asyncio.sleep(0.03)
    print("important work finished")
    return "saved"
async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print("inner cancelled?", inner.cancelled())
    print("inner result:", await inner)
async def waiter(t):
    return await asyncio.shield(t)
asyncio.run(main())
