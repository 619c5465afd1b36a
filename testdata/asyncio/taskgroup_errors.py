# A failing task cancels its siblings; the group raises an ExceptionGroup, handled with except*.
import asyncio
async def ok(d):
    try:
        await asyncio.sleep(d)
        print("ok finished", d)
    except asyncio.CancelledError:
        print("ok cancelled", d)
        raise
async def fail(msg, d, exc=ValueError):
    await asyncio.sleep(d)
    raise exc(msg)
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0.01))
            tg.create_task(ok(0.5))
            tg.create_task(fail("bad value", 0.02))
            tg.create_task(fail("bad type", 0.02, TypeError))
    except* ValueError as eg:
        print("ValueError group:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError group:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("one", 0))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, repr(eg.exceptions))
asyncio.run(main())
