import asyncio

# Init code goes here.

def print_and_exit():
    print('Hello asyncio!')
    asyncio.get_event_loop().stop()

loop = asyncio.get_event_loop()
loop.call_soon(print_and_exit)
loop.run_forever()
