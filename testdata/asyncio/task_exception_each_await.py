# Awaiting a failed task re-raises the same exception object every time.
import asyncio
async def fail():
    raise KeyError("stored")
async def main():
    t = asyncio.create_task(fail())
    await asyncio.sleep(0)
    caught = []
    for _ in range(3):
        try:
            await t
        except KeyError as e:
            caught.append(e)
    print(len(caught), caught[0] is caught[1] is caught[2], repr(caught[0]), t.exception() is caught[0])
asyncio.run(main())
