# The same request chain written with callbacks on futures and with await.
import asyncio
class APIError(Exception):
    pass
async def send_request(url):
    await asyncio.sleep(0.01)
    if "bad" in url:
        raise APIError(f"500 from {url}")
    return f"response({url})"
def with_callbacks(loop, urls, done):
    results = []
    def next_one(i):
        if i == len(urls):
            done.set_result(results)
            return
        fut = asyncio.ensure_future(send_request(urls[i]))
        def on_done(f):
            if f.exception():
                print("callback style error:", f.exception())
                done.set_result(results)
                return
            results.append(f.result())
            next_one(i + 1)
        fut.add_done_callback(on_done)
    next_one(0)
async def with_await(urls):
    results = []
    for url in urls:
        try:
            results.append(await send_request(url))
        except APIError as e:
            print("await style error:", e)
            break
    return results
async def main():
    loop = asyncio.get_running_loop()
    for urls in (["/repos", "/forks"], ["/repos", "/bad", "/never"]):
        done = loop.create_future()
        with_callbacks(loop, urls, done)
        print("callbacks:", await done)
        print("await:    ", await with_await(urls))
asyncio.run(main())
