import asyncio
import concurrent.futures
import threading
import time


def blocking(name, secs):
    time.sleep(secs)
    return f'{name} on {threading.current_thread().name}'


async def ticker():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    # The loop keeps running while threads block.
    results = await asyncio.gather(
        loop.run_in_executor(None, blocking, 'executor', 0.25),
        ticker(),
    )
    print(results[0], round(loop.time() - t0, 1))
    print(await asyncio.to_thread(blocking, 'to_thread', 0.1))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool') as pool:
        rs = await asyncio.gather(*(loop.run_in_executor(pool, blocking, n, s)
                                    for n, s in [('a', 0.2), ('b', 0.1)]))
        print(rs)
        fut = asyncio.wrap_future(pool.submit(blocking, 'wrapped', 0.05))
        print(type(fut).__name__, await fut)

    # A thread hands work to the loop and waits for its result.
    def from_thread():
        cf = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.1, 'slept in loop'), loop)
        print('thread got:', cf.result())
        loop.call_soon_threadsafe(print, 'called soon from', threading.current_thread().name)

    t = threading.Thread(target=from_thread, name='helper')
    t.start()
    await asyncio.sleep(0.3)
    t.join()

    # An exception in the executor reaches the awaiting coroutine.
    def broken():
        raise KeyError('missing')
    try:
        await loop.run_in_executor(None, broken)
    except KeyError as e:
        print('caught', repr(e))

    # Cancelling the awaiting side cancels a job that has not started.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        first = loop.run_in_executor(pool, blocking, 'first', 0.2)
        second = loop.run_in_executor(pool, blocking, 'second', 0.2)
        await asyncio.sleep(0.05)
        second.cancel()
        print(await first, second.cancelled())
    print(round(loop.time() - t0, 1))


asyncio.run(main())
print(sorted(t.name for t in threading.enumerate()))
