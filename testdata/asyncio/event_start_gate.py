# Runners wait at a starting gate (Event) and finish by their own speed.
import asyncio
async def runner(name, speed, gate, finish):
    await gate.wait()
    await asyncio.sleep(speed)
    finish.append(name)
    print(name, "finished in place", len(finish))
async def main():
    gate = asyncio.Event()
    finish = []
    rs = [asyncio.create_task(runner(n, s, gate, finish)) for n, s in (("tortoise", 0.05), ("hare", 0.01), ("fox", 0.03))]
    await asyncio.sleep(0.01)
    print("ready... go!")
    gate.set()
    await asyncio.gather(*rs)
    print(finish)
asyncio.run(main())
