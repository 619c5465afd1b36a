# asyncio.timeout_at uses an absolute loop time.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.02
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print(cm.when() == deadline)
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("timeout_at expired")
    async with asyncio.timeout_at(loop.time() + 1):
        await asyncio.sleep(0.01)
        print("inside deadline")
asyncio.run(main())
