import asyncio
import json

class APIError(Exception):
    pass

async def run(session):
    response = await send_repos_request(session)
    try:
        data = await read_repos(response)
    except APIError as error:
        print(f'{session.user}: {error}')
        return
    responses = await send_forked_repo_requests(session, data)
    datasets = await read_forked_repo_requests(responses)
    print_source_names(datasets)

async def send_repos_request(session):
    return await session.get(f'/users/{session.user}/repos')

async def read_repos(response):
    data = await read(response)
    if isinstance(data, dict):   # GitHub answers errors with a message
        raise APIError(data['message'])
    return data

async def send_forked_repo_requests(session, repos):
    forks = [repo['name'] for repo in repos if repo['fork']]
    return await asyncio.gather(
        *[session.get(f'/repos/{session.user}/{name}') for name in forks])

async def read_forked_repo_requests(responses):
    return await asyncio.gather(*[read(response) for response in responses])

def print_source_names(datasets):
    for data in datasets:
        print(data['source']['full_name'])

# A pretend GitHub, so this runs offline: canned answers, simulated delays.
GITHUB = {
    '/users/uranusjr/repos': '[{"name": "macdown", "fork": false},'
        ' {"name": "django", "fork": true}, {"name": "pip", "fork": true}]',
    '/repos/uranusjr/django': '{"source": {"full_name": "django/django"}}',
    '/repos/uranusjr/pip': '{"source": {"full_name": "pypa/pip"}}',
}

class Session:                   # a pretend HTTP client
    def __init__(self, user):
        self.user = user

    async def get(self, url):    # send a request: one network round trip
        await asyncio.sleep(0.5)
        return GITHUB.get(url, '{"message": "Not Found"}')

async def read(response):        # read and parse the body
    await asyncio.sleep(0.1)
    return json.loads(response)

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(run(Session('uranusjr')), run(Session('nobody')))
    print(f'took {round(loop.time() - t0, 1)}s')

asyncio.run(main())
