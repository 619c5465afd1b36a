# asyncio.timeout context manager: expiry, reschedule, when(), expired().
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.02) as cm:
            print("when set:", cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out, expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        cm.reschedule(loop.time() + 1)
        await asyncio.sleep(0.01)
    print("finished in time, expired:", cm.expired())
    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("rescheduled timeout fired")
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("negative delay times out at first await")
asyncio.run(main())
