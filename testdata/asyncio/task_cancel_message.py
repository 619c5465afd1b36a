# cancel(msg): the message travels with the CancelledError.
import asyncio
async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside task:", e.args)
        raise
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel:", t.cancel("stop now"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees:", e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises:", e.args)
asyncio.run(main())
