# An exception in a done callback goes to the loop's exception handler.
import asyncio
def handler(loop, ctx):
    print("handler:", ctx["message"].split(" at ")[0], repr(ctx.get("exception")))
async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    fut = loop.create_future()
    def bad_cb(f):
        raise ValueError("callback broke")
    fut.add_done_callback(bad_cb)
    fut.add_done_callback(lambda f: print("second callback still runs"))
    fut.set_result(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main done")
asyncio.run(main())
