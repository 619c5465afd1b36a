# Done callbacks are scheduled with call_soon in registration order; removal counts.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    def cb(name):
        return lambda fut: print("callback", name, fut.result())
    a, b, c = cb("a"), cb("b"), cb("c")
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(c)
    f.add_done_callback(a)
    print("removed", f.remove_done_callback(a), f.remove_done_callback(lambda x: x))
    f.set_result(1)
    print("result set; callbacks not run yet")
    await asyncio.sleep(0)
    print("after one loop iteration")
    f.add_done_callback(cb("late"))
    print("late callback added to done future")
    await asyncio.sleep(0)
asyncio.run(main())
