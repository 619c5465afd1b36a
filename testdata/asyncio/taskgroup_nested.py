# Nested TaskGroups: inner failure propagates as a nested ExceptionGroup.
import asyncio
async def boom(n, gate):
    await gate.wait()
    raise ValueError(n)
async def inner_group():
    gate = asyncio.Event()
    asyncio.get_running_loop().call_later(0.01, gate.set)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom(1, gate))
        tg.create_task(boom(2, gate))
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(asyncio.sleep(0.005))
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions))
        inner = eg.exceptions[0]
        print(type(inner).__name__, inner.message, [e.args for e in inner.exceptions])
asyncio.run(main())
