# 300k call_soon callbacks in rounds of 1000, each callback of a round
# scheduling the next: runtime/timeline's benchmark program, on the running
# loop and ending on a Future rather than loop.stop(), so that it also runs
# under Pyodide (whose WebLoop cannot run_forever a second loop inside
# runPythonAsync).
import asyncio

N = 300_000
ROUND = 1000


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    count = 0

    def cb():
        nonlocal count
        count += 1
        if count % ROUND == 0 and count < N:
            for _ in range(ROUND):
                loop.call_soon(cb)
        elif count == N:
            done.set_result(count)

    for _ in range(ROUND):
        loop.call_soon(cb)
    print(await done)


asyncio.run(main())
