# Several tasks await one future; they wake in the order they started waiting.
import asyncio
async def waiter(name, fut):
    print(name, "waiting")
    v = await fut
    print(name, "got", v)
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ("first", "second", "third")]
    await asyncio.sleep(0)
    fut.set_result("shared")
    print("result set")
    await asyncio.gather(*tasks)
asyncio.run(main())
