import asyncio
import aiohttp

API = 'https://api.github.com'   # a simulated GitHub: see the aiohttp module
USER = 'uranusjr'

def send_repos_request():
    global session
    session = aiohttp.ClientSession()
    task = asyncio.ensure_future(session.get(f'{API}/users/{USER}/repos'))
    task.add_done_callback(read_repos)

def read_repos(future):
    response = future.result()
    task = asyncio.ensure_future(response.json())
    task.add_done_callback(send_forked_repo_requests)

def send_forked_repo_requests(future):
    repos = future.result()
    forks = [repo['name'] for repo in repos if repo['fork']]
    task = asyncio.gather(*[session.get(f'{API}/repos/{USER}/{name}') for name in forks])
    task.add_done_callback(read_forked_repos)

def read_forked_repos(future):
    responses = future.result()
    task = asyncio.gather(*[response.json() for response in responses])
    task.add_done_callback(print_source_names)

def print_source_names(future):
    for data in future.result():
        print(data['source']['full_name'])
    task = asyncio.ensure_future(session.close())
    task.add_done_callback(lambda future: loop.stop())

loop = asyncio.new_event_loop()
loop.call_soon(send_repos_request)
loop.run_forever()
