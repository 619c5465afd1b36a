# stop() called before run_forever makes it run exactly one iteration.
import asyncio
loop = asyncio.new_event_loop()
loop.call_soon(print, "first iteration callback")
loop.stop()
loop.call_soon(lambda: loop.call_soon(print, "second iteration callback"))
loop.run_forever()
print("returned after one iteration")
loop.run_forever() if False else None
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
