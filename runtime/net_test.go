package runtime

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runNet runs a program and returns its stdout, failing the test on any
// stderr output or a non-zero exit status.
func runNet(t *testing.T, name, src string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	res := Run([]byte(src), Options{Filename: name, Stdout: &stdout, Stderr: &stderr})
	if res.ExitCode != 0 || stderr.Len() > 0 {
		t.Fatalf("%s: exit %d\n%s", name, res.ExitCode, stderr.String())
	}
	return stdout.String()
}

// The threads style prints the same lines however its threads interleave.
func TestForksThreadsAnySeed(t *testing.T) {
	src, err := os.ReadFile("../testdata/asyncio/talk/threads-github.py")
	if err != nil {
		t.Fatal(err)
	}
	for seed := uint64(1); seed <= 8; seed++ {
		var stdout, stderr bytes.Buffer
		res := Run(src, Options{Filename: "threads-github.py", Stdout: &stdout, Stderr: &stderr, Seed: seed})
		if got := stdout.String(); res.ExitCode != 0 || got != "django/django\npypa/pip\npypa/pipenv\n" {
			t.Errorf("seed %d: exit %d\n%s%s", seed, res.ExitCode, got, stderr.String())
		}
	}
}

// The talk's forks example (slides 35-46) in its five styles: each lists
// uranusjr's repos on the simulated GitHub, asks about every fork and
// prints where it came from. All five must print the same lines.
func TestForksFiveStyles(t *testing.T) {
	styles := []string{"sync-github", "threads-github", "callbacks-github", "promises-github", "coroutines-github"}
	const want = "django/django\npypa/pip\npypa/pipenv\n"
	for _, id := range styles {
		src, err := os.ReadFile(filepath.Join("../testdata/asyncio/talk", id+".py"))
		if err != nil {
			t.Fatal(err)
		}
		if got := runNet(t, id+".py", string(src)); got != want {
			t.Errorf("%s printed\n%s\nwant (as every other style)\n%s", id, got, want)
		}
	}
}

// The simulated aiohttp, requests and socket against the real libraries'
// documented behaviour. Sources, by prefix of the case name:
//
//   - aiohttp: the client reference and client_exceptions of aiohttp 3.10
//     (docs.aiohttp.org: ClientResponse.raise_for_status raises
//     ClientResponseError for status >= 400, str "STATUS, message='REASON',
//     url='URL'"; json() raises ContentTypeError "Attempt to decode JSON
//     with unexpected mimetype: ..."; the exception hierarchy, with
//     ClientConnectorDNSError (added in 3.10.10) for a failed lookup and
//     "Cannot connect to host HOST:PORT ssl:default [STRERROR]").
//   - requests: the quickstart and API of requests 2.32 (Response.ok is
//     status < 400; raise_for_status raises HTTPError "404 Client Error:
//     Not Found for url: URL", "5xx Server Error: ..."; json() raises
//     requests.exceptions.JSONDecodeError, also a json.JSONDecodeError; a
//     DNS failure or refused connection raises ConnectionError; every
//     error is a RequestException, an IOError).
//   - socket: CPython 3.11 on Linux (testdata/lang/socket_getaddrinfo.py
//     holds CPython's own answers for what it can resolve offline).
//   - github: GitHub's REST API documentation (404 body, rate limit 403
//     with X-RateLimit-* headers, a fork's parent and source).
func TestSimulatedNetwork(t *testing.T) {
	const prelude = `import asyncio, aiohttp, json, requests, socket, simnet
API = 'https://api.github.com'
def show(e):
    print(type(e).__name__, '|', e)
async def aget(url, **kw):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, **kw) as resp:
            return resp, await resp.read()
`
	cases := []struct{ name, src, want string }{
		{"aiohttp ok", `
resp, _ = asyncio.run(aget(API + '/users/uranusjr/repos'))
print(resp.status, resp.reason, resp.ok, resp.content_type, resp.url)`,
			"200 OK True application/json https://api.github.com/users/uranusjr/repos\n"},
		{"aiohttp raise_for_status 404", `
async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(API + '/users/nobody/repos') as resp:
            print(resp.status, resp.ok)
            try:
                resp.raise_for_status()
            except aiohttp.ClientResponseError as e:
                show(e)
                print(e.status, e.message, e.request_info.real_url, e.request_info.method)
asyncio.run(main())`,
			"404 False\nClientResponseError | 404, message='Not Found', url='https://api.github.com/users/nobody/repos'\n" +
				"404 Not Found https://api.github.com/users/nobody/repos GET\n"},
		{"aiohttp raise_for_status on the session", `
async def main():
    async with aiohttp.ClientSession(raise_for_status=True) as session:
        try:
            await session.get(API + '/users/teapot')
        except aiohttp.ClientResponseError as e:
            show(e)
asyncio.run(main())`,
			"ClientResponseError | 500, message='Internal Server Error', url='https://api.github.com/users/teapot'\n"},
		{"aiohttp json on html", `
async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get('https://github.com/uranusjr') as resp:
            try:
                await resp.json()
            except aiohttp.ClientResponseError as e:
                show(e)
            print((await resp.text()).startswith('<!DOCTYPE html>'))
asyncio.run(main())`,
			"ContentTypeError | 200, message='Attempt to decode JSON with unexpected mimetype: text/html', url='https://github.com/uranusjr'\nTrue\n"},
		{"aiohttp unknown host", `
try:
    asyncio.run(aget('https://nonexistent.invalid/x'))
except aiohttp.ClientConnectorError as e:
    show(e)
    print(e.host, e.port, e.errno, e.strerror, repr(e.os_error))
    print(isinstance(e, (aiohttp.ClientOSError)), isinstance(e, aiohttp.ClientConnectionError), isinstance(e, OSError))`,
			"ClientConnectorDNSError | Cannot connect to host nonexistent.invalid:443 ssl:default [Name or service not known]\n" +
				"nonexistent.invalid 443 -2 Name or service not known gaierror(-2, 'Name or service not known')\nTrue True True\n"},
		{"aiohttp connection refused", `
try:
    asyncio.run(aget('http://127.0.0.1:8080/'))
except aiohttp.ClientConnectorError as e:
    show(e)`,
			"ClientConnectorError | Cannot connect to host 127.0.0.1:8080 ssl:default [Connection refused]\n"},
		{"aiohttp hierarchy", `
for c in (aiohttp.ContentTypeError, aiohttp.ClientConnectorDNSError):
    print([k.__name__ for k in c.__mro__])`,
			"['ContentTypeError', 'ClientResponseError', 'ClientError', 'Exception', 'BaseException', 'object']\n" +
				"['ClientConnectorDNSError', 'ClientConnectorError', 'ClientOSError', 'ClientConnectionError', 'ClientError', 'OSError', 'Exception', 'BaseException', 'object']\n"},
		{"aiohttp params, base_url, headers", `
async def main():
    async with aiohttp.ClientSession(base_url=API) as session:
        async with session.get('/users/uranusjr/repos', params={'per_page': 2, 'page': 2}) as resp:
            print(resp.url, [r['name'] for r in await resp.json()])
            print(resp.headers['x-ratelimit-remaining'], 'Content-Type' in resp.headers)
    print(session.closed)
    try:
        await session.get('/users/uranusjr')
    except RuntimeError as e:
        show(e)
asyncio.run(main())`,
			"https://api.github.com/users/uranusjr/repos?per_page=2&page=2 ['pip', 'pipenv']\n59 True\nTrue\nRuntimeError | Session is closed\n"},
		{"aiohttp latency on the loop's clock", `
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async with aiohttp.ClientSession() as session:
        one = await session.get(API + '/repos/uranusjr/django')
        print(round(loop.time() - t0, 2))
        await one.json()
        print(round(loop.time() - t0, 2))
        t1 = loop.time()
        await asyncio.gather(*[session.get(API + '/repos/uranusjr/' + n) for n in ('django', 'pip', 'pipenv')])
        print(round(loop.time() - t1, 2))
asyncio.run(main())`,
			"0.48\n0.58\n0.48\n"},
		{"requests ok", `
r = requests.get(API + '/repos/uranusjr/pipenv')
print(r, r.status_code, r.reason, r.ok, bool(r), r.url, r.headers['content-type'])
d = r.json()
print(d['fork'], d['parent']['full_name'], d['source']['full_name'])`,
			"<Response [200]> 200 OK True True https://api.github.com/repos/uranusjr/pipenv application/json; charset=utf-8\nTrue techalchemy/pipenv pypa/pipenv\n"},
		{"requests raise_for_status", `
for user in ('nobody', 'teapot', 'rate-limited'):
    r = requests.get(API + '/users/' + user)
    try:
        r.raise_for_status()
    except requests.HTTPError as e:
        show(e)
        print(e.response is r, r.ok, isinstance(e, requests.RequestException), isinstance(e, IOError))`,
			"HTTPError | 404 Client Error: Not Found for url: https://api.github.com/users/nobody\nTrue False True True\n" +
				"HTTPError | 500 Server Error: Internal Server Error for url: https://api.github.com/users/teapot\nTrue False True True\n" +
				"HTTPError | 403 Client Error: rate limit exceeded for url: https://api.github.com/users/rate-limited\nTrue False True True\n"},
		{"requests json on html", `
try:
    requests.get('https://example.com/').json()
except requests.exceptions.JSONDecodeError as e:
    show(e)
    print(isinstance(e, json.JSONDecodeError), isinstance(e, ValueError), isinstance(e, requests.RequestException), e.pos)`,
			"JSONDecodeError | Expecting value: line 1 column 1 (char 0)\nTrue True True 0\n"},
		{"requests connection errors", `
for url in ('https://nonexistent.invalid/users?q=1', 'http://127.0.0.1/'):
    try:
        requests.get(url)
    except requests.exceptions.ConnectionError as e:
        show(e)
        print(isinstance(e, requests.RequestException))`,
			"ConnectionError | HTTPSConnectionPool(host='nonexistent.invalid', port=443): Max retries exceeded with url: /users?q=1 " +
				"(Caused by NameResolutionError(\"Failed to resolve 'nonexistent.invalid' ([Errno -2] Name or service not known)\"))\nTrue\n" +
				"ConnectionError | HTTPConnectionPool(host='127.0.0.1', port=80): Max retries exceeded with url: / " +
				"(Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused'))\nTrue\n"},
		{"requests bad urls and timeout", `
for url in ('api.github.com/users', 'ftp://api.github.com/', 'https://'):
    try:
        requests.get(url)
    except (requests.exceptions.MissingSchema, requests.exceptions.InvalidSchema, requests.exceptions.InvalidURL) as e:
        show(e)
        print(isinstance(e, ValueError))
try:
    requests.get(API + '/users/uranusjr', timeout=0.1)
except requests.Timeout as e:
    show(e)`,
			"MissingSchema | Invalid URL 'api.github.com/users': No scheme supplied. Perhaps you meant https://api.github.com/users?\nTrue\n" +
				"InvalidSchema | No connection adapters were found for 'ftp://api.github.com/'\nTrue\n" +
				"InvalidURL | Invalid URL 'https://': No host supplied\nTrue\n" +
				"ReadTimeout | HTTPSConnectionPool(host='api.github.com', port=443): Read timed out. (read timeout=0.1)\n"},
		{"requests session, params and latency", `
import time
with requests.Session() as s:
    t0 = time.monotonic()   # the virtual sleeps (0.58 s) plus the real time the run took
    r = s.get(API + '/users/uranusjr/repos', params={'sort': 'created', 'direction': 'asc'}, headers={'Accept': 'application/vnd.github+json'})
    print(0.58 <= time.monotonic() - t0 < 1.0, r.url)
    print([x['name'] for x in r.json()], r.request.headers['accept'])`,
			"True https://api.github.com/users/uranusjr/repos?sort=created&direction=asc\n" +
				"['macdown', 'django', 'pip', 'talks', 'pipenv'] application/vnd.github+json\n"},
		{"requests in threads overlap", `
import threading, time
def fetch(names):
    t0 = time.monotonic()
    threads = [threading.Thread(target=requests.get, args=(f'{API}/repos/uranusjr/{name}',)) for name in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.monotonic() - t0
t0 = time.monotonic()
for name in ('django', 'pip', 'pipenv'):
    requests.get(f'{API}/repos/uranusjr/{name}')
one_by_one = time.monotonic() - t0
print(1.25 <= one_by_one, 0.58 <= fetch(['django', 'pip', 'pipenv']) < 1.0)   # plus real time: the run's own`,
			"True True\n"},
		{"github 404 body", `
r = requests.get(API + '/users/uranusjr/stars')
print(r.status_code, r.json())`,
			"404 {'message': 'Not Found', 'documentation_url': 'https://docs.github.com/rest', 'status': '404'}\n"},
		{"github forks", `
r = requests.get(API + '/repos/pypa/pip/forks')
print([f['full_name'] for f in r.json()], r.json()[0]['owner']['login'])
print([f['full_name'] for f in requests.get(API + '/repos/pypa/pipenv/forks').json()])`,
			"['uranusjr/pip'] uranusjr\n['techalchemy/pipenv']\n"},
		{"github rate limit", `
simnet.rate_limit = 2
for i in range(3):
    r = requests.get(API + '/users/octocat')
    print(r.status_code, r.headers['X-RateLimit-Remaining'], r.headers['X-RateLimit-Reset'])
print(r.json()['message'][:26], r.json()['documentation_url'])`,
			"200 1 1497099600\n200 0 1497099600\n403 0 1497099600\n" +
				"API rate limit exceeded fo https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting\n"},
		{"socket", `
try:
    socket.getaddrinfo('nonexistent.invalid', 443)
except socket.gaierror as e:
    print(repr(e), '|', e, e.errno == socket.EAI_NONAME)
print(socket.getaddrinfo('api.github.com', 'https', type=socket.SOCK_STREAM))
print(socket.gethostbyname('example.com'))
async def main():
    print(await asyncio.get_running_loop().getaddrinfo('github.com', 80, proto=socket.IPPROTO_TCP))
asyncio.run(main())`,
			"gaierror(-2, 'Name or service not known') | [Errno -2] Name or service not known True\n" +
				"[(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('140.82.112.6', 443))]\n93.184.215.14\n" +
				"[(<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('140.82.112.3', 80))]\n"},
	}
	for _, c := range cases {
		t.Run(strings.ReplaceAll(c.name, " ", "_"), func(t *testing.T) {
			if got := runNet(t, "net.py", prelude+c.src+"\n"); got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}
