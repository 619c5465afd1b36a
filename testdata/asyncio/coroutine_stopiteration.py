# StopIteration raised inside a coroutine becomes RuntimeError.
import asyncio
async def bad():
    raise StopIteration("leaked")
async def main():
    try:
        await bad()
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    t = asyncio.create_task(bad())
    try:
        await t
    except RuntimeError as e:
        print("task RuntimeError:", e)
asyncio.run(main())
