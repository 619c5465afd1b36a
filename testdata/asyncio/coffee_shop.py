# A coffee shop: one barista per order, orders overlap while the milk steams.
import asyncio
async def brew(order, loop, t0):
    def stamp(msg):
        print(f"{round(loop.time() - t0, 2):>4} {order}: {msg}")
    stamp("grind beans")
    await asyncio.sleep(0.02)
    stamp("pull shot")
    await asyncio.sleep(0.03)
    if "latte" in order:
        stamp("steam milk")
        await asyncio.sleep(0.04)
    stamp("served")
    return order
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    served = []
    # Tasks, not coroutines: as_completed puts coroutines in a set, in no fixed order.
    orders = [asyncio.create_task(brew(o, loop, t0)) for o in ("espresso", "latte")]
    for fut in asyncio.as_completed(orders):
        served.append(await fut)
    print(served)
asyncio.run(main())
