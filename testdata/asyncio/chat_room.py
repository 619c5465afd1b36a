# A chat room: users join, post messages and leave; the room broadcasts in order.
import asyncio
class Room:
    def __init__(self):
        self.members = {}
    async def join(self, name):
        self.members[name] = asyncio.Queue()
        await self.broadcast("server", f"{name} joined")
        return self.members[name]
    async def leave(self, name):
        del self.members[name]
        await self.broadcast("server", f"{name} left")
    async def broadcast(self, sender, text):
        for name, q in self.members.items():
            if name != sender:
                await q.put(f"[{sender}] {text}")
async def user(room, name, lines, delay):
    inbox = await room.join(name)
    for line in lines:
        await asyncio.sleep(delay)
        await room.broadcast(name, line)
    await asyncio.sleep(0.1)
    seen = []
    while not inbox.empty():
        seen.append(inbox.get_nowait())
    await room.leave(name)
    print(name, "saw:", seen)
async def main():
    room = Room()
    await asyncio.gather(user(room, "ann", ["hi all", "bye"], 0.02), user(room, "bob", ["hello"], 0.03))
asyncio.run(main())
