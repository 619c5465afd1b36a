# gather() given a function instead of a call: the TypeError comes through
# gather's and _ensure_future's frames; the coroutine gather wrapped before
# it stopped is a task that never ran.
import asyncio


async def download(name):
    await asyncio.sleep(0.01)
    return name


async def main():
    try:
        await asyncio.wait_for(download, 1)
    except TypeError as e:
        print('wait_for:', e)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('ensure_future:', e)
    results = await asyncio.gather(download('a'), download)
    print(results)


asyncio.run(main())
