import asyncio, threading
async def main(n):
    await asyncio.sleep(0.1)
    print("loop in", threading.current_thread().name, n)
    return n
t = threading.Thread(target=lambda: print(asyncio.run(main(1))), name="worker")
t.start()
t.join()
print(asyncio.run(main(2)))
