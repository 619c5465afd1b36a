# An exception in a task that is awaited is re-raised in the awaiter with its traceback frames.
import asyncio
async def level3():
    await asyncio.sleep(0)
    raise LookupError("deep failure")
async def level2():
    return await level3()
async def main():
    t = asyncio.create_task(level2())
    try:
        await t
    except LookupError as e:
        print("caught:", e)
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(names)
asyncio.run(main())
