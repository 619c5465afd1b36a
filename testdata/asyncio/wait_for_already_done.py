# wait_for on an already-finished task and on a task that raises.
import asyncio
async def quick():
    return "quick"
async def broken():
    await asyncio.sleep(0)
    raise OSError("broken pipe")
async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(t.done(), await asyncio.wait_for(t, 0.01))
    try:
        await asyncio.wait_for(broken(), 1)
    except OSError as e:
        print("OSError:", e)
asyncio.run(main())
