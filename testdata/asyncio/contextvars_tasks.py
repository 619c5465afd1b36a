import asyncio, contextvars
from contextvars import ContextVar, copy_context

request_id = ContextVar('request_id', default='-')
log = []

async def handler(n):
    request_id.set(f'req-{n}')
    await asyncio.sleep(0.01 * (3 - n))
    print('handler', n, request_id.get())
    await sub(n)
    return request_id.get()

async def sub(n):
    print('  sub sees', request_id.get())
    request_id.set(f'sub-{n}')

def cb(tag):
    print('callback', tag, request_id.get())
    request_id.set('cb-changed')

async def main():
    request_id.set('main')
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results, request_id.get())
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 'plain')
    ctx = copy_context()
    ctx.run(request_id.set, 'in-ctx')
    loop.call_soon(cb, 'ctx', context=ctx)
    loop.call_later(0.01, cb, 'later', context=ctx)
    loop.call_at(loop.time() + 0.02, cb, 'at')
    await asyncio.sleep(0.05)
    print('after callbacks', request_id.get(), ctx[request_id])
    # create_task with context=
    async def show():
        print('task sees', request_id.get())
        request_id.set('task-set')
    await asyncio.create_task(show(), context=ctx)
    print('ctx now', ctx[request_id], 'main', request_id.get())
    t = asyncio.create_task(show())
    await t
    print('main still', request_id.get())
    # done callback context
    fut = loop.create_future()
    request_id.set('before-add')
    fut.add_done_callback(lambda f: print('done cb sees', request_id.get()))
    request_id.set('after-add')
    fut.add_done_callback(lambda f: print('done cb2 sees', request_id.get()), context=ctx)
    fut.set_result(1)
    await asyncio.sleep(0)
    # entering an entered context
    def again():
        print('again')
    ctx2 = copy_context()
    def runner():
        loop.call_soon(again, context=ctx2)
    ctx2.run(runner)
    await asyncio.sleep(0)

asyncio.run(main())
print('top', request_id.get())
