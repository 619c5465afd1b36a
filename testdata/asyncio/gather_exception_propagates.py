# Without return_exceptions the first exception propagates; other tasks keep running.
import asyncio
async def slow(name):
    try:
        await asyncio.sleep(0.05)
        print(name, "completed anyway")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def fail():
    await asyncio.sleep(0.01)
    raise RuntimeError("fail fast")
async def main():
    t = asyncio.create_task(slow("bystander"))
    try:
        await asyncio.gather(t, fail())
    except RuntimeError as e:
        print("gather raised:", e)
    print("bystander done?", t.done())
    print("bystander result:", await t)
asyncio.run(main())
