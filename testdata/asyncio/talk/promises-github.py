import asyncio
import aiohttp

class Promise:  # just enough of a JavaScript-style promise for this example
    def __init__(self, awaitable):
        self.task = asyncio.ensure_future(awaitable)

    def then(self, on_value, on_error=None):
        async def next_step():
            try:
                value = await self.task
            except Exception as error:
                if on_error is None:
                    raise
                return on_error(error)
            result = on_value(value)
            return await result.task if isinstance(result, Promise) else result
        return Promise(next_step())

    def done(self, on_value):
        self.task.add_done_callback(lambda task: on_value(task.result()))

API = 'https://api.github.com'   # a simulated GitHub: see the aiohttp module
USER = 'uranusjr'

def send_repos_request():
    return Promise(session.get(f'{API}/users/{USER}/repos'))

def read_repos(response):
    response.raise_for_status()
    return Promise(response.json())

def send_forked_repo_requests(repos):
    forks = [repo['name'] for repo in repos if repo['fork']]
    requests = [session.get(f'{API}/repos/{USER}/{name}') for name in forks]
    return Promise(asyncio.gather(*requests))

def read_forked_repo_requests(responses):
    return Promise(asyncio.gather(*[response.json() for response in responses]))

def print_source_names(datasets):
    for data in datasets:
        print(data['source']['full_name'])

def cleanup(error=None):
    Promise(session.close()).done(lambda _: loop.stop())

def main():
    global session
    session = aiohttp.ClientSession()
    (send_repos_request()
        .then(read_repos)
        .then(send_forked_repo_requests, cleanup)
        .then(read_forked_repo_requests)
        .then(print_source_names)
        .done(cleanup))

loop = asyncio.new_event_loop()
loop.call_soon(main)
loop.run_forever()
