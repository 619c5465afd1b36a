# Task: done, result, exception, cancelled, add_done_callback on tasks.
import asyncio
async def compute(x):
    await asyncio.sleep(0.01)
    if x < 0:
        raise ValueError("negative")
    return x * x
async def main():
    t = asyncio.create_task(compute(4))
    t.add_done_callback(lambda task: print("done callback:", task.result()))
    print(t.done())
    await t
    print(t.done(), t.result(), t.exception(), t.cancelled())
    bad = asyncio.create_task(compute(-1))
    await asyncio.sleep(0.02)
    print(bad.done(), repr(bad.exception()))
    pending = asyncio.create_task(compute(1))
    try:
        pending.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(await pending)
    print(asyncio.isfuture(t), asyncio.isfuture(compute), isinstance(t, asyncio.Future), isinstance(t, asyncio.Task))
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())
