# run_forever drives tasks; a task stops the loop when its work is done.
import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
results = []
async def worker(n):
    await asyncio.sleep(0.01 * n)
    results.append(n)
    print("worker", n, "done")
async def supervisor():
    await asyncio.gather(*(worker(n) for n in (3, 1, 2)))
    print("supervisor stopping loop")
    loop.stop()
loop.create_task(supervisor())
loop.run_forever()
print("results", results)
loop.close()
