# Task reprs name the coroutine's line: the def line (or the first
# decorator's) before the first step, the suspension line while it waits,
# and "defined at" the first line once done.
import asyncio

def traced(fn):
    return fn

async def plain():
    await asyncio.sleep(0.01)

@traced
async def decorated():

    await asyncio.sleep(0.01)

async def main():
    for fn in (plain, decorated):
        t = asyncio.create_task(fn(), name=fn.__name__)
        print(t)
        await asyncio.sleep(0)
        print(str(t).split(" wait_for=")[0])
        await t
        print(t)
    print(decorated.__code__.co_firstlineno, plain.__code__.co_firstlineno)
    print(asyncio.Future, asyncio.Task)

asyncio.run(main())
