# The simulated network's clients (aiohttp, requests) on odd input and on
# the fake GitHub's answers. CPython runs the same Python modules
# (scripts/netshim.sh), so this checks that the runtime runs them as
# CPython does.
import asyncio
import aiohttp
import requests
import simnet

API = 'https://api.github.com'


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, '|', e)
    else:
        print('ok', (r.status_code, r.reason, r.url) if hasattr(r, 'status_code') else r)


attempt(requests.get, None)
attempt(requests.get, 'https://api.github.com:abc/')
attempt(requests.get, 'https://API.GitHub.com/users/UranusJR')
attempt(requests.get, API + '/users/uranusjr/repos', params=[('per_page', 'x'), ('page', -1)])
attempt(requests.get, API + '/users/uranusjr/repos', params={'q': 'a b/é', 'none': None, 'l': [1, 2]})
attempt(requests.get, API + '/repos/%75ranusjr/pip#frag')
attempt(requests.get, API + '/repos/uranusjr/pip/forks/extra')
attempt(requests.get, API + '/orgs/uranusjr/repos')
attempt(requests.post, API + '/users/uranusjr')
attempt(requests.get, API + '/users/uranusjr', timeout=(1, 0.05))
attempt(requests.get, 'https://[::1]/')
attempt(requests.head, 'https://example.com/')

r = requests.get(API + '/users/octocat')
print(r.headers)
print(r.json())
print(requests.get(API + '/rate_limit').json()['rate'])
repo = requests.get(API + '/repos/octocat/linguist').json()
print(sorted(repo))
print(repo['parent']['full_name'], repo['source']['full_name'], repo['parent'] == repo['source'])
print([r['full_name'] for r in requests.get(API + '/orgs/pypa/repos', params={'sort': 'stargazers'}).json()])
print(requests.get('https://github.com/octocat').text)
try:
    requests.get(API + '/users/nobody').raise_for_status()
except requests.RequestException as e:
    print(repr(e), e.response, e.request)


async def fetch(session, url, **kwargs):
    try:
        async with session.get(url, **kwargs) as resp:
            return resp.status, str(resp.url), (await resp.text())[:40]
    except (aiohttp.ClientError, asyncio.TimeoutError) as e:
        return type(e).__name__, str(e)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async with aiohttp.ClientSession(headers={'Accept': 'application/vnd.github+json'}) as session:
        for url in ['api.github.com', 'ftp://x/', 'https://', 'https://api.github.com:x/',
                    'https://example.com', 'http://[::1]:99/', 'http://nonexistent.invalid:8080/a']:
            print(await fetch(session, url))
        print(await fetch(session, API + '/users', params={'a': 'b c/d'},
                          timeout=aiohttp.ClientTimeout(total=0.01)))
        resp = await session.get(API + '/users/nobody')
        print(repr(resp))
        try:
            resp.raise_for_status()
        except aiohttp.ClientResponseError as e:
            print(repr(e))
        print(await resp.json(), resp.closed)
        results = await asyncio.gather(*[fetch(session, f'{API}/users/{user}/repos', params={'per_page': 1})
                                         for user in ['octocat', 'django', 'nobody', 'rate-limited']])
        for result in results:
            print(result)
    print(round(loop.time() - t0, 1))

asyncio.run(main())

head = requests.head(API + '/users/octocat')
print(head.status_code, repr(head.text), head.headers['Content-Length'])
