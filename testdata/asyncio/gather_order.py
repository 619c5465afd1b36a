# gather returns results in argument order, whatever the completion order.
import asyncio
async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name.upper()
async def main():
    results = await asyncio.gather(job("a", 0.03), job("b", 0.01), job("c", 0.02))
    print(results)
    print(await asyncio.gather())
    t = asyncio.create_task(job("t", 0))
    print(await asyncio.gather(t, job("x", 0), t))
asyncio.run(main())
