# set_exception_handler / get_exception_handler / call_exception_handler / default_exception_handler.
import asyncio
def handler(loop, context):
    exc = context.get("exception")
    print("handler got:", context["message"], "|", repr(exc), "|", sorted(context))
def failing(n):
    raise ValueError(f"cb {n}")
async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(failing, 1)
    loop.call_later(0.01, failing, 2)
    await asyncio.sleep(0.02)
    loop.call_exception_handler({"message": "manual report"})
    loop.call_exception_handler({"message": "with exception", "exception": KeyError("k")})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "to default handler"})
asyncio.run(main())
