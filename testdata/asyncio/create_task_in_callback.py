# Tasks created from a plain callback with loop.create_task; the callback cannot await.
import asyncio
async def job(n):
    await asyncio.sleep(0.01)
    print("job", n, "finished")
    return n
async def main():
    loop = asyncio.get_running_loop()
    tasks = []
    def spawn(n):
        print("spawning", n)
        tasks.append(loop.create_task(job(n)))
    loop.call_soon(spawn, 1)
    loop.call_later(0.005, spawn, 2)
    await asyncio.sleep(0.02)
    print(await asyncio.gather(*tasks))
asyncio.run(main())
