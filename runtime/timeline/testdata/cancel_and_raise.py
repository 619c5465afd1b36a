import asyncio

async def forever():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled")
        raise

async def fail():
    await asyncio.sleep(0.5)
    raise ValueError("boom")

async def main():
    t = asyncio.create_task(forever())
    f = asyncio.create_task(fail())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw the cancel")
    try:
        await f
    except ValueError as e:
        print("main saw", e)

asyncio.run(main())
