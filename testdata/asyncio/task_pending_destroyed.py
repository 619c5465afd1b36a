# Closing a loop with a pending task reports "Task was destroyed but it is pending!" on stderr.
import asyncio
async def forever():
    await asyncio.sleep(10)
loop = asyncio.new_event_loop()
task = loop.create_task(forever(), name="stuck")
loop.run_until_complete(asyncio.sleep(0.01))
print("task done?", task.done())
loop.close()
del task
print("end")
