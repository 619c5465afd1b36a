import asyncio
import aiohttp

API = 'https://api.github.com'   # a simulated GitHub: see the aiohttp module
USER = 'uranusjr'
APIError = aiohttp.ClientResponseError   # what raise_for_status() raises

async def run(session):
    response = await send_repos_request(session)
    try:
        data = await read_repos(response)
    except APIError as error:
        print(error)
        return
    responses = await send_forked_repo_requests(session, data)
    datasets = await read_forked_repo_requests(responses)
    print_source_names(datasets)

async def send_repos_request(session):
    return await session.get(f'{API}/users/{USER}/repos')

async def read_repos(response):
    response.raise_for_status()
    return await response.json()

async def send_forked_repo_requests(session, repos):
    forks = [repo['name'] for repo in repos if repo['fork']]
    return await asyncio.gather(
        *[session.get(f'{API}/repos/{USER}/{name}') for name in forks])

async def read_forked_repo_requests(responses):
    return await asyncio.gather(*[response.json() for response in responses])

def print_source_names(datasets):
    for data in datasets:
        print(data['source']['full_name'])

async def main():
    async with aiohttp.ClientSession() as session:
        await run(session)

asyncio.run(main())
