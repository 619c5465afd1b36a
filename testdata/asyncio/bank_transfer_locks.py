# Concurrent transfers between accounts, each account guarded by a lock.
import asyncio
class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = asyncio.Lock()
async def transfer(src, dst, amount):
    first, second = sorted((src, dst), key=lambda a: a.name)
    async with first.lock, second.lock:
        if src.balance < amount:
            print(f"declined {src.name}->{dst.name} {amount}")
            return False
        src.balance -= amount
        await asyncio.sleep(0)
        dst.balance += amount
        print(f"moved {amount} {src.name}->{dst.name}")
        return True
async def main():
    a, b, c = Account("a", 100), Account("b", 50), Account("c", 0)
    results = await asyncio.gather(transfer(a, b, 30), transfer(b, c, 70), transfer(c, a, 10), transfer(a, c, 80), transfer(b, a, 5))
    print(results, a.balance, b.balance, c.balance, a.balance + b.balance + c.balance)
asyncio.run(main())
