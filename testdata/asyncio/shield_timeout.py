# wait_for around shield: the timeout fires but the shielded task completes.
import asyncio
async def compute():
    await asyncio.sleep(0.05)
    print("compute done")
    return 99
async def main():
    t = asyncio.create_task(compute())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=0.01)
    except TimeoutError:
        print("timed out waiting, task still running:", not t.done())
    print("result", await t)
asyncio.run(main())
