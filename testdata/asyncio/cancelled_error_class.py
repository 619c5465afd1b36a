# CancelledError is a BaseException, not an Exception; except Exception does not catch it.
import asyncio
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.InvalidStateError, Exception))
print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
async def guarded():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("never: Exception does not catch CancelledError")
async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("CancelledError passed through except Exception")
asyncio.run(main())
