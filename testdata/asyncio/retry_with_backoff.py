# Retrying a flaky coroutine with exponential backoff and a per-attempt timeout.
import asyncio
attempts = 0
async def flaky():
    global attempts
    attempts += 1
    if attempts == 1:
        raise ConnectionError("refused")
    if attempts == 2:
        await asyncio.sleep(1)
    return f"success on attempt {attempts}"
async def retry(fn, tries, timeout, backoff):
    delay = backoff
    for n in range(1, tries + 1):
        try:
            return await asyncio.wait_for(fn(), timeout)
        except (ConnectionError, TimeoutError) as e:
            print(f"attempt {n} failed: {type(e).__name__} {e}")
            await asyncio.sleep(delay)
            delay *= 2
    raise RuntimeError("gave up")
async def main():
    print(await retry(flaky, 5, 0.02, 0.01))
asyncio.run(main())
