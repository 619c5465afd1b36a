# Inside asyncio.timeout the task sees CancelledError; outside it becomes TimeoutError.
import asyncio
async def main():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner sees CancelledError")
                raise
    except TimeoutError as e:
        print("outer sees TimeoutError", type(e.__context__).__name__)
asyncio.run(main())
