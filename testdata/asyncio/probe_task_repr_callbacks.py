# The repr of tasks and futures in each state, with the done callbacks that
# asyncio's own helpers attach (shown with their source, as CPython shows
# Python functions: base_events.py and tasks.py line numbers).
import asyncio
import functools


async def work(n):
    await asyncio.sleep(n)
    return n


async def fail():
    raise ValueError('nope')


def on_done(fut, tag=None):
    pass


async def main():
    t = asyncio.create_task(work(0.01), name='worker')
    print(t)
    await asyncio.sleep(0)
    print(repr(t))
    await t
    print(t)
    f = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print(f)
    c = asyncio.create_task(work(1))
    c.cancel()
    print(c)
    await asyncio.sleep(0)
    print(c)
    fut = asyncio.get_running_loop().create_future()
    print(fut)
    fut.add_done_callback(print)
    print(fut)
    fut.set_result([1, 2])
    print(fut)
    await asyncio.sleep(0)
    print(asyncio.current_task())
    f.exception()

    g1 = asyncio.create_task(work(0.01))
    gathered = asyncio.gather(g1)
    s1 = asyncio.create_task(work(0.01))
    shielded = asyncio.shield(s1)
    print(s1)
    print(shielded)
    w1 = asyncio.create_task(work(0.01))
    waiting = asyncio.create_task(asyncio.wait([w1], timeout=1))
    t5 = asyncio.create_task(work(0.01))
    waiting_for = asyncio.create_task(asyncio.wait_for(t5, 1))
    await asyncio.sleep(0)
    print(g1)
    print(w1)
    print(t5)
    print(waiting_for)
    t3 = asyncio.create_task(work(0.01))
    t3.add_done_callback(on_done)
    t3.add_done_callback(functools.partial(on_done, tag='x'))
    t3.add_done_callback(lambda f: None)
    print(t3)
    t4 = asyncio.create_task(work(0.01))
    for f in asyncio.as_completed([t4]):
        print(t4)
        await f
    await asyncio.gather(gathered, shielded, waiting, waiting_for, t3)


asyncio.run(main())
