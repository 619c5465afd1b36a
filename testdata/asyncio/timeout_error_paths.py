# TimeoutError from wait_for, timeout() and as_completed, and what the inner code sees.
import asyncio
async def slow():
    await asyncio.sleep(1)
async def main():
    for name, make in [("wait_for", lambda: asyncio.wait_for(slow(), 0.01)),
                       ("timeout", None)]:
        try:
            if make:
                await make()
            else:
                async with asyncio.timeout(0.01):
                    await slow()
        except TimeoutError as e:
            print(name, "->", type(e).__name__, repr(e.args))
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled by wait_for:", t.cancelled())
asyncio.run(main())
