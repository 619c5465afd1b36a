# Nested TaskGroups: inner failure propagates as a nested ExceptionGroup.
import asyncio
async def boom(n):
    await asyncio.sleep(0.01)
    raise ValueError(n)
async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom(1))
        tg.create_task(boom(2))
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
