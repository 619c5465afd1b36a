# as_completed yields futures in completion order.
import asyncio
async def job(name, d):
    await asyncio.sleep(d)
    return name
async def main():
    coros = [job("c", 0.03), job("a", 0.01), job("b", 0.02)]
    for fut in asyncio.as_completed(coros):
        print("completed:", await fut)
    try:
        for fut in asyncio.as_completed([job("slow", 1)], timeout=0.01):
            await fut
    except TimeoutError:
        print("as_completed timed out")
asyncio.run(main())
