# A child cancelled from outside makes gather raise CancelledError (or return it).
import asyncio
async def sleeper(d):
    await asyncio.sleep(d)
    return d
async def main():
    t1 = asyncio.create_task(sleeper(0.05))
    t2 = asyncio.create_task(sleeper(0.01))
    loop = asyncio.get_running_loop()
    loop.call_later(0.02, t1.cancel)
    res = await asyncio.gather(t1, t2, return_exceptions=True)
    print([type(r).__name__ for r in res])
    t3 = asyncio.create_task(sleeper(0.05))
    loop.call_later(0.01, t3.cancel)
    try:
        await asyncio.gather(t3, sleeper(0.02))
    except asyncio.CancelledError:
        print("gather raised CancelledError")
asyncio.run(main())
