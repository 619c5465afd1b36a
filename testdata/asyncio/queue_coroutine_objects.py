# The coroutine objects of Queue.put/get stay distinct and keep their own
# state however they were made: held in a list, made through map() or
# getattr, awaited later, thrown into, closed, or awaited at once while
# others are held.
import asyncio


def state(c):
    try:
        c.send(None)
    except RuntimeError as e:
        return f"reused: {e}"
    except StopIteration as e:
        return f"ran: {e.value!r}"
    return "suspended"


async def main():
    q = asyncio.Queue()
    held = [q.put(i) for i in range(3)]
    for c in held:
        await c
    for i in range(3):
        await q.put(10 + i)
        print(await q.get(), end=" ")
    print([state(c) for c in held], q.qsize())

    via_map = list(map(q.put, "ab"))
    via_getattr = getattr(q, "put")("c")
    await asyncio.gather(*via_map, via_getattr)
    print([await q.get() for _ in range(6)])
    print([state(c) for c in via_map + [via_getattr]])

    await asyncio.gather(*map(q.put, "xyz"))
    print(await q.get(), await q.get(), await q.get(), q.empty())

    # Awaited at once, then reachable through a task's cr_await while
    # blocked: the same object, suspended.
    async def consumer():
        return await q.get()

    t = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    w = t.get_coro().cr_await
    print(type(w).__name__, w.__qualname__, w.cr_running)
    await q.put("w")
    print(await t, state(w))

    fresh = q.get()
    q.put_nowait("v")
    for _ in range(3):
        await q.put("u")
        await q.get()
    print(state(fresh), q.qsize())

    thrown = q.put("t")
    try:
        thrown.throw(ValueError("boom"))
    except ValueError as e:
        print("thrown:", e)
    await q.put("after")
    print(state(thrown), q.get_nowait(), q.qsize())

    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)])

    pq = asyncio.PriorityQueue()
    for i in (3, 1, 2):
        await pq.put(i)
    print([await pq.get() for _ in range(3)])


asyncio.run(main())
