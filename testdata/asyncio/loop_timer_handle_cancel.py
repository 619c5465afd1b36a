# Handle and TimerHandle: cancel(), cancelled(), when().
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, "soon, should not run")
    print(type(h).__name__, h.cancelled())
    h.cancel()
    print(h.cancelled())
    t = loop.call_later(0.01, print, "timer, should not run")
    t2 = loop.call_later(0.02, print, "timer that runs")
    print(type(t).__name__, t.when() > loop.time(), t.when() < t2.when())
    t.cancel()
    t.cancel()
    print(t.cancelled(), t2.cancelled())
    await asyncio.sleep(0.05)
    print("end")
asyncio.run(main())
