# get_running_loop inside and outside a coroutine; get_event_loop; set_event_loop.
import asyncio
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())
    return loop
loop = asyncio.run(main())
print(loop.is_closed(), loop.is_running())
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
async def which():
    return asyncio.get_running_loop() is new
print(new.run_until_complete(which()))
new.close()
