# Queue.put/get as coroutines: they run when awaited, not when called; an
# await that need not block does not yield; woken waiters that are
# cancelled pass their turn on, in the order CPython's queues.py does.
import asyncio


async def ticker(log, n):
    for i in range(n):
        log.append(f"tick{i}")
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue()
    c = q.put("late")
    q.put_nowait("early")
    print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running)
    await c
    print([q.get_nowait(), q.get_nowait()])

    # Non-blocking puts and gets never let another task run.
    log = []
    t = asyncio.create_task(ticker(log, 3))
    for i in range(5):
        await q.put(i)
        log.append(f"put{i}")
    for i in range(5):
        log.append(f"got{await q.get()}")
    print(log)
    await t
    print(log)

    # A get awaited later sees the queue as it is then.
    g = q.get()
    q.put_nowait("x")
    print("lazy get:", await g)

    # Three blocked getters; the first is woken by a put but cancelled
    # before it runs: the item goes to the next getter.
    got = []

    async def getter(name):
        try:
            got.append((name, await q.get()))
        except asyncio.CancelledError:
            got.append((name, "cancelled"))
            raise

    gs = [asyncio.create_task(getter(f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    q.put_nowait("a")
    gs[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(got, q.qsize(), len(q._getters))
    q.put_nowait("b")
    await asyncio.gather(*gs, return_exceptions=True)
    print(got, q.qsize(), len(q._getters))

    # Bounded: blocked putters, the first woken then cancelled.
    b = asyncio.Queue(maxsize=1)
    b.put_nowait(0)
    order = []

    async def putter(name, item):
        try:
            await b.put(item)
            order.append(("put", name))
        except asyncio.CancelledError:
            order.append(("cancelled", name))
            raise

    ps = [asyncio.create_task(putter(f"p{i}", i + 1)) for i in range(3)]
    await asyncio.sleep(0)
    print(b.full(), len(b._putters))
    print("got", b.get_nowait())
    ps[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(order, b.qsize(), len(b._putters))
    while len(order) < 3:
        print("got", await b.get())
        await asyncio.sleep(0)
    print(order, b.qsize())

    # Cancelling a putter that is waiting and was never woken.
    b2 = asyncio.Queue(1)
    await b2.put(1)
    p = asyncio.create_task(b2.put(2))
    await asyncio.sleep(0)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("putter cancelled", b2.qsize(), len(b2._putters))

    # A coroutine closed before it ran does nothing.
    c2 = b2.get()
    c2.close()
    print("after close", b2.qsize())

    # sleep's result and non-int delays.
    print(await asyncio.sleep(0, "r0"), await asyncio.sleep(-1, "neg"),
          await asyncio.sleep(0.0, "f0"), await asyncio.sleep(False, "false"),
          await asyncio.sleep(0.001, "ms"))


asyncio.run(main())
