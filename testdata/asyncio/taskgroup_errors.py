# A failing task cancels its siblings; the group raises an ExceptionGroup, handled with except*.
import asyncio
async def ok(d):
    try:
        await asyncio.sleep(d)
        print("ok finished", d)
    except asyncio.CancelledError:
        print("ok cancelled", d)
        raise
async def fail(msg, gate, exc=ValueError):
    await gate.wait()
    raise exc(msg)
async def main():
    # Both failures wake in the same loop iteration (one Event), so both are raised
    # before the group starts cancelling.
    gate = asyncio.Event()
    asyncio.get_running_loop().call_later(0.02, gate.set)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0.01))
            tg.create_task(ok(0.5))
            tg.create_task(fail("bad value", gate))
            tg.create_task(fail("bad type", gate, TypeError))
    except* ValueError as eg:
        print("ValueError group:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError group:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("one", gate))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, repr(eg.exceptions))
asyncio.run(main())
