import asyncio
import json

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

def send_repos_request():
    return Promise(get('/users/uranusjr/repos'))

def read_repos(response):
    return Promise(read(response))

def send_forked_repo_requests(repos):
    forks = [repo['name'] for repo in repos if repo['fork']]
    requests = [get(f'/repos/uranusjr/{name}') for name in forks]
    return Promise(asyncio.gather(*requests))

def read_forked_repo_requests(responses):
    return Promise(asyncio.gather(*[read(response) for response in responses]))

def print_source_names(datasets):
    for data in datasets:
        print(data['source']['full_name'])

def cleanup(error=None):
    print(f'cleanup after {round(loop.time() - t0, 1)}s')
    loop.stop()

def main():
    (send_repos_request()
        .then(read_repos)
        .then(send_forked_repo_requests, cleanup)
        .then(read_forked_repo_requests)
        .then(print_source_names)
        .done(cleanup))

# A pretend GitHub, so this runs offline: canned answers, simulated delays.
GITHUB = {
    '/users/uranusjr/repos': '[{"name": "macdown", "fork": false},'
        ' {"name": "django", "fork": true}, {"name": "pip", "fork": true}]',
    '/repos/uranusjr/django': '{"source": {"full_name": "django/django"}}',
    '/repos/uranusjr/pip': '{"source": {"full_name": "pypa/pip"}}',
}

async def get(url):              # send a request: one network round trip
    await asyncio.sleep(0.5)
    return GITHUB.get(url, '{"message": "Not Found"}')

async def read(response):        # read and parse the body
    await asyncio.sleep(0.1)
    return json.loads(response)

loop = asyncio.new_event_loop()
t0 = loop.time()
loop.call_soon(main)
loop.run_forever()
