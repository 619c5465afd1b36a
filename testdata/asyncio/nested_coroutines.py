# Awaiting a coroutine runs it inline in the same task, no extra loop iteration.
import asyncio
async def leaf(n):
    print("  leaf", n)
    return n + 1
async def middle(n):
    print(" middle", n)
    a = await leaf(n)
    b = await leaf(a)
    return a + b
async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)
async def main():
    t = asyncio.create_task(ticker())
    print("main result", await middle(1))
    await t
asyncio.run(main())
