# TaskGroup waits for all its tasks; results read afterwards.
import asyncio
async def fetch(name, d):
    print("start", name)
    await asyncio.sleep(d)
    print("end", name)
    return name * 2
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("a", 0.02))
        t2 = tg.create_task(fetch("b", 0.01))
        print("tasks created in group")
    print("group exited:", t1.result(), t2.result())
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")
asyncio.run(main())
