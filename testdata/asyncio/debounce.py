# Debouncing bursts of events with TimerHandle.cancel: only the last event of a burst fires.
import asyncio
class Debouncer:
    def __init__(self, loop, delay, action):
        self.loop, self.delay, self.action = loop, delay, action
        self.handle = None
    def trigger(self, value):
        if self.handle is not None:
            self.handle.cancel()
        self.handle = self.loop.call_later(self.delay, self.action, value)
async def main():
    loop = asyncio.get_running_loop()
    d = Debouncer(loop, 0.03, lambda v: print("fired with", v))
    for v in "abc":
        d.trigger(v)
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.06)
    for v in "xy":
        d.trigger(v)
    await asyncio.sleep(0.05)
asyncio.run(main())
