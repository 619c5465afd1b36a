# run_forever until a callback calls stop(); stop finishes the current iteration.
import asyncio
loop = asyncio.new_event_loop()
def tick(n):
    print("tick", n)
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()
        print("stop requested")
        loop.call_soon(print, "scheduled after stop")
loop.call_soon(tick, 1)
print("running:", loop.is_running())
loop.run_forever()
print("run_forever returned, running:", loop.is_running())
loop.call_soon(print, "second run")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print("closed:", loop.is_closed())
