# call_later callbacks fire in deadline order; call_soon runs before any timer.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    done = loop.create_future()
    def fire(name):
        print(name, "at", round(loop.time() - t0, 2))
        if name == "last":
            done.set_result(None)
    loop.call_later(0.03, fire, "c")
    loop.call_later(0.01, fire, "a")
    loop.call_later(0.02, fire, "b")
    loop.call_later(0.05, fire, "last")
    loop.call_soon(fire, "soon")
    loop.call_later(0, fire, "zero delay")
    await done
asyncio.run(main())
