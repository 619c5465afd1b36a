import asyncio
import aiohttp

API = 'https://api.github.com'   # a simulated GitHub: see the aiohttp module

async def count_forks(session, url):
    try:
        async with session.get(url) as response:
            response.raise_for_status()
            repos = await response.json()
    except aiohttp.ClientResponseError as error:
        print(f'{error.status} {error.message}: {error.request_info.url}')
    except aiohttp.ClientConnectorError as error:
        print(error)
    else:
        forks = sum(repo['fork'] for repo in repos)
        print(f'{forks} forks of {len(repos)} repos: {response.url}')

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(
            count_forks(session, f'{API}/users/uranusjr/repos'),
            count_forks(session, f'{API}/users/nobody/repos'),
            count_forks(session, f'{API}/users/rate-limited/repos'),
            count_forks(session, 'https://api.gihtub.com/users/octocat/repos'))
    print(f'took {round(loop.time() - t0, 1)}s')

asyncio.run(main())
