# wait_for: result in time, TimeoutError and cancellation of the inner task on timeout.
import asyncio
async def work(d):
    try:
        await asyncio.sleep(d)
        return f"slept {d}"
    except asyncio.CancelledError:
        print("work cancelled after timeout")
        raise
async def main():
    print(await asyncio.wait_for(work(0.01), timeout=1))
    try:
        await asyncio.wait_for(work(1), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(work(0), timeout=None))
    try:
        await asyncio.wait_for(work(0.1), timeout=0)
    except TimeoutError:
        print("timeout=0 times out immediately")
asyncio.run(main())
