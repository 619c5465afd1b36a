# Future: result, exception, done, cancelled, set_result/set_exception and InvalidStateError.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    loop.call_later(0.01, f.set_result, "value")
    print(await f, f.done(), f.result(), f.exception())
    try:
        f.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(repr(g.exception()))
    try:
        await g
    except KeyError as e:
        print("await raised", repr(e))
    try:
        g.result()
    except KeyError:
        print("result() re-raises")
    h = asyncio.Future()
    print(h.cancel(), h.cancelled(), h.done(), h.cancel())
    try:
        h.exception()
    except asyncio.CancelledError:
        print("exception() on cancelled future raises CancelledError")
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
