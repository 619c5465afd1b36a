# Callbacks scheduled by a task run after tasks already in the ready queue.
import asyncio
async def task_a(loop):
    print("A step 1")
    loop.call_soon(print, "callback from A")
    await asyncio.sleep(0)
    print("A step 2")
async def task_b():
    print("B step 1")
    await asyncio.sleep(0)
    print("B step 2")
async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(task_a(loop))
    b = asyncio.create_task(task_b())
    loop.call_soon(print, "callback from main")
    await asyncio.gather(a, b)
asyncio.run(main())
