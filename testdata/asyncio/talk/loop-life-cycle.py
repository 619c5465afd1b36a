import asyncio

async def work():
    print('running: the loop hands events to callbacks and tasks')
    await asyncio.sleep(1)
    return 42

print('launch')
loop = asyncio.new_event_loop()                        # initialise
loop.call_soon(print, 'a callback registered before running')
task = loop.create_task(work())                        # register
print('result:', loop.run_until_complete(task))        # running
loop.close()                                           # cleanup
print('terminate')
