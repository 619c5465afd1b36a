# current_task and all_tasks: print names and counts, not reprs.
import asyncio
async def child(n):
    me = asyncio.current_task()
    print("child sees itself:", me.get_name())
    await asyncio.sleep(0.01)
async def main():
    me = asyncio.current_task()
    print("main task name:", me.get_name())
    print("all tasks:", len(asyncio.all_tasks()))
    tasks = [asyncio.create_task(child(i), name=f"child-{i}") for i in range(3)]
    print("all tasks now:", len(asyncio.all_tasks()))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print("after gather:", len(asyncio.all_tasks()))
print(asyncio.current_task() if False else "outside loop")
asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
