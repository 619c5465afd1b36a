# A custom exception handler that raises: the default handler reports
# "Unhandled error in exception handler", with the handler's error chained
# to the failed callback's exception and the call_exception_handler frame.
import asyncio

def callback():
    raise KeyError("k")

def broken_handler(loop, context):
    print("handler sees:", context["message"])
    raise TypeError("handler broke")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(broken_handler)
    loop.call_soon(callback)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "direct call"})
    loop.set_exception_handler(None)
    print("handler reset:", loop.get_exception_handler())

asyncio.run(main())
print("after run")
