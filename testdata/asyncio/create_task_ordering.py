# Tasks start in creation order, only when the creating coroutine yields.
import asyncio
async def child(n):
    print("child", n, "start")
    await asyncio.sleep(0)
    print("child", n, "end")
    return n * 10
async def main():
    t1 = asyncio.create_task(child(1))
    t2 = asyncio.create_task(child(2))
    print("created, not started yet")
    r2 = await t2
    print("awaited t2 ->", r2, "t1 done?", t1.done())
    r1 = await t1
    print("awaited t1 ->", r1)
asyncio.run(main())
