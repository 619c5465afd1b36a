import asyncio
import json

def send_repos_request():
    task = loop.create_task(get('/users/uranusjr/repos'))
    task.add_done_callback(read_repos)

def read_repos(future):
    response = future.result()
    task = loop.create_task(read(response))
    task.add_done_callback(send_forked_repo_requests)

def send_forked_repo_requests(future):
    repos = future.result()
    forks = [repo['name'] for repo in repos if repo['fork']]
    task = asyncio.gather(*[get(f'/repos/uranusjr/{name}') for name in forks])
    task.add_done_callback(read_forked_repos)

def read_forked_repos(future):
    responses = future.result()
    task = asyncio.gather(*[read(response) for response in responses])
    task.add_done_callback(print_source_names)

def print_source_names(future):
    for data in future.result():
        print(data['source']['full_name'])
    print(f'took {round(loop.time() - t0, 1)}s')
    loop.stop()

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
loop.call_soon(send_repos_request)
loop.run_forever()
