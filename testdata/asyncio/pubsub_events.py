# Publish/subscribe with one queue per subscriber.
import asyncio
class Broker:
    def __init__(self):
        self.subs = {}
    def subscribe(self, name):
        q = asyncio.Queue()
        self.subs[name] = q
        return q
    def publish(self, msg):
        for q in self.subs.values():
            q.put_nowait(msg)
async def subscriber(name, q):
    while (msg := await q.get()) != "quit":
        print(f"{name} received {msg}")
    print(name, "quits")
async def main():
    broker = Broker()
    subs = [asyncio.create_task(subscriber(n, broker.subscribe(n))) for n in ("alice", "bob")]
    for msg in ("news", "weather"):
        broker.publish(msg)
        await asyncio.sleep(0.01)
    broker.publish("quit")
    await asyncio.gather(*subs)
asyncio.run(main())
