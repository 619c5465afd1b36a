# Generator-based coroutines via types.coroutine, awaited from async def.
import asyncio
import types
@types.coroutine
def yield_once():
    print("gen coroutine: before yield")
    yield
    print("gen coroutine: after yield")
    return "gen result"
@types.coroutine
def delegate():
    r = yield from asyncio.sleep(0.01, "slept").__await__()
    return r
async def other():
    for i in range(2):
        print("other", i)
        await asyncio.sleep(0)
async def main():
    t = asyncio.create_task(other())
    print(await yield_once())
    print(await delegate())
    await t
asyncio.run(main())
