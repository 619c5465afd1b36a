"""The simulated network behind this runtime's aiohttp, requests and socket.

Nothing here touches a real network: the page runs offline. Three made-up
hosts answer, from the data below:

  api.github.com   a small fake GitHub REST API (JSON shaped like GitHub's
                   documented responses; the users and repos are invented);
  github.com       HTML pages (a user's profile), for non-JSON bodies;
  example.com      the classic example page (HTML).

Any other name fails to resolve, as a real lookup would:
socket.gaierror(-2, 'Name or service not known'); numeric addresses
resolve to themselves but nothing listens there (connection refused).

The fake GitHub API:

  GET /users/{user}                    a user (or organisation)
  GET /users/{user}/repos              their repos (sort, direction,
                                       per_page, page)
  GET /orgs/{org}/repos                the same for an organisation
  GET /repos/{owner}/{repo}            a repo; a fork carries `parent`
                                       (what it was forked from) and
                                       `source` (the root of the network)
  GET /repos/{owner}/{repo}/forks      the repo's forks (sort)
  GET /rate_limit                      the rate limit (does not count)

Errors on demand:
  - an unknown user, repo or path: 404 with GitHub's body
    {"message": "Not Found", "documentation_url": ..., "status": "404"};
  - the user "rate-limited", or more requests in a run than `rate_limit`
    (60, GitHub's limit without a token; set simnet.rate_limit = 0 to
    exhaust it at once): 403 "rate limit exceeded" with GitHub's message
    and X-RateLimit-* headers;
  - the user "teapot": 500 Internal Server Error (a server fault).

Latency is deterministic, on the run's clock: a response's headers arrive
latency(host, path) seconds after the request (0.2 s to 0.48 s, derived
from the host's and path's bytes), and reading its body takes
BODY_SECONDS more. aiohttp waits with asyncio.sleep, requests with
time.sleep (so requests in threads overlap).
"""

import json
import socket

rate_limit = 60          # requests a run may make before GitHub answers 403
BODY_SECONDS = 0.1       # time to read a response's body
RESET = 1497099600       # X-RateLimit-Reset: 2017-06-10 13:00 UTC, the talk's day

_used = 0                # requests to api.github.com so far in this run

HOSTS = {
    'api.github.com': '140.82.112.6',
    'github.com': '140.82.112.3',
    'example.com': '93.184.215.14',
    'localhost': '127.0.0.1',
}

REASONS = {200: 'OK', 301: 'Moved Permanently', 304: 'Not Modified',
           400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
           404: 'Not Found', 418: "I'm a Teapot", 422: 'Unprocessable Entity',
           500: 'Internal Server Error', 503: 'Service Unavailable'}


def resolve(host):
    """Returns the address of host, or raises socket.gaierror as a failed
    lookup does on Linux."""
    if host in HOSTS:
        return HOSTS[host]
    if _is_ipv4(host) or (':' in host and host.strip(':0123456789abcdefABCDEF.') == ''):
        return host
    raise socket.gaierror(-2, 'Name or service not known')


def _is_ipv4(host):
    parts = host.split('.')
    return len(parts) == 4 and all(p.isdigit() and int(p) < 256 for p in parts)


def latency(host, path):
    """Seconds until the headers of a response for host/path arrive."""
    # Five steps 0.07 s apart, so that a response's body (BODY_SECONDS)
    # never ends exactly when another request's headers arrive.
    return (20 + 7 * (sum((host + path).encode()) % 5)) / 100


# -- URLs -------------------------------------------------------------------

_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')


def quote(s, safe='', plus=False):
    """Percent-encodes s (UTF-8), leaving letters, digits, '_.-~' and safe;
    with plus, a space becomes '+' (as in query strings)."""
    if not isinstance(s, str):
        s = str(s)
    out = []
    for b in s.encode():
        if b in _SAFE or chr(b) in safe:
            out.append(chr(b))
        elif plus and b == 0x20:
            out.append('+')
        else:
            out.append('%%%02X' % b)
    return ''.join(out)


def unquote(s):
    if '%' not in s and '+' not in s:
        return s
    out, i, b = bytearray(), 0, s.encode()
    while i < len(b):
        c = b[i]
        if c == 0x25 and _hex(b[i + 1:i + 3]):
            out.append(int(b[i + 1:i + 3], 16))
            i += 3
            continue
        out.append(0x20 if c == 0x2B else c)
        i += 1
    return out.decode('utf-8', 'replace')


def _hex(pair):
    return len(pair) == 2 and all(c in b'0123456789abcdefABCDEF' for c in pair)


def urlencode(params, safe=''):
    """Encodes a dict or a sequence of pairs as a query string, as
    urllib.parse.urlencode does (lists as repeated keys, spaces as '+');
    None values are left out, as requests does."""
    items = params.items() if hasattr(params, 'items') else params
    parts = []
    for key, value in items:
        if value is None:
            continue
        values = value if isinstance(value, (list, tuple)) else [value]
        for v in values:
            parts.append(quote(key, safe, True) + '=' + quote(v, safe, True))
    return '&'.join(parts)


class URL:
    """A parsed absolute http(s) URL (the parts the clients need)."""

    def __init__(self, text):
        self.text = text
        scheme, sep, rest = text.partition('://')
        if not sep:
            scheme, rest = '', text
        self.scheme = scheme.lower()
        netloc, slash, path = rest.partition('/')
        path = slash + path
        path, _, self.fragment = path.partition('#')
        self.path, qmark, self.query_string = path.partition('?')
        if not self.path:
            self.path = '/'
        netloc = netloc.rpartition('@')[2]
        if netloc.startswith('[') and ']' in netloc:     # an IPv6 literal
            host, _, rest = netloc[1:].partition(']')
            colon, port = rest[:1], rest[1:]
        else:
            host, colon, port = netloc.partition(':')
        self.host = host.lower()
        self.explicit_port = bool(colon)
        if colon and port.isdigit():
            self.port = int(port)
        elif colon:
            self.port = None     # invalid port
        else:
            self.port = {'http': 80, 'https': 443}.get(self.scheme)

    def with_query(self, params, safe=''):
        """The URL with params added to its query string."""
        if not params:
            return self.text
        extra = urlencode(params, safe)
        base = self.text.partition('#')[0]
        if not extra:
            return base
        return base + ('&' if '?' in base else '?') + extra

    def query(self):
        """The query string as a dict (the last value of each key wins)."""
        result = {}
        for part in self.query_string.split('&'):
            if part:
                key, _, value = part.partition('=')
                result[unquote(key)] = unquote(value)
        return result

    def __str__(self):
        return self.text


def normalize(text):
    """The URL as the clients show it: scheme and host lower-case, an empty
    path written as '/', the default port dropped."""
    url = URL(text)
    port = '' if not url.explicit_port or url.port == {'http': 80, 'https': 443}.get(url.scheme) else f':{url.port}'
    q = '?' + url.query_string if url.query_string else ''
    host = f'[{url.host}]' if ':' in url.host else url.host
    return f'{url.scheme}://{host}{port}{url.path}{q}'


# -- The servers ------------------------------------------------------------

class Reply:
    """One HTTP response: status, reason, headers (a list of pairs), body (str)."""

    def __init__(self, status, headers, body, reason=None):
        self.status = status
        self.reason = reason or REASONS.get(status, '')
        self.headers = headers
        self.body = body


def serve(method, url):
    """Answers a request to url (a URL). Raises socket.gaierror for an
    unknown host and ConnectionRefusedError for an address where nothing
    listens."""
    resolve(url.host)
    if url.host == 'api.github.com':
        reply = _github_api(method, url)
    elif url.host == 'github.com':
        reply = _github_site(url)
    elif url.host == 'example.com':
        reply = _html(200, _EXAMPLE_PAGE)
    else:
        raise ConnectionRefusedError(111, 'Connection refused')
    if method == 'HEAD':
        reply.body = ''      # the headers (Content-Length too) of a GET, no body
    return reply


def _html(status, body):
    return Reply(status, [('Content-Type', 'text/html; charset=utf-8'),
                          ('Content-Length', str(len(body.encode())))], body)


def _json_reply(status, obj, reason=None, remaining=None):
    body = json.dumps(obj, separators=(',', ':'))
    headers = [
        ('Server', 'GitHub.com'),
        ('Content-Type', 'application/json; charset=utf-8'),
        ('X-GitHub-Media-Type', 'github.v3; format=json'),
        ('X-RateLimit-Limit', '60'),
        ('X-RateLimit-Remaining', str(max(rate_limit - _used, 0) if remaining is None else remaining)),
        ('X-RateLimit-Reset', str(RESET)),
        ('X-RateLimit-Used', str(min(_used, 60))),
        ('X-RateLimit-Resource', 'core'),
    ]
    headers.append(('Content-Length', str(len(body.encode()))))
    return Reply(status, headers, body, reason)


DOCS = 'https://docs.github.com/rest'


def not_found():
    return _json_reply(404, {'message': 'Not Found', 'documentation_url': DOCS, 'status': '404'})


def _github_api(method, url):
    global _used
    parts = [unquote(p) for p in url.path.split('/') if p]
    if parts == ['rate_limit']:
        core = {'limit': 60, 'used': min(_used, 60), 'remaining': max(rate_limit - _used, 0), 'reset': RESET}
        return _json_reply(200, {'resources': {'core': core}, 'rate': core})
    _used += 1
    if _used > rate_limit or 'rate-limited' in parts[1:2]:
        return _json_reply(403, {
            'message': 'API rate limit exceeded for 203.0.113.7. (But here\'s the good news: '
                       'Authenticated requests get a higher rate limit. Check out the '
                       'documentation for more details.)',
            'documentation_url': DOCS + '/overview/resources-in-the-rest-api#rate-limiting',
        }, reason='rate limit exceeded', remaining=0)
    if 'teapot' in parts[1:2]:
        return _json_reply(500, {'message': 'Server Error'})
    if method not in ('GET', 'HEAD'):
        return not_found()
    query = url.query()
    login = _login(parts[1]) if len(parts) > 1 else None
    if len(parts) == 2 and parts[0] == 'users' and login:
        return _json_reply(200, _user(login, full=True))
    if len(parts) == 3 and parts[0] in ('users', 'orgs') and parts[2] == 'repos' and login:
        if parts[0] == 'orgs' and USERS[login][1] != 'Organization':
            return not_found()
        repos = [r for r in REPOS if r[0] == login]
        return _json_reply(200, _page(_sorted(repos, query, 'full_name'), query))
    if len(parts) in (3, 4) and parts[0] == 'repos':
        repo = _find(parts[1], parts[2])
        if repo is None:
            return not_found()
        if len(parts) == 3:
            return _json_reply(200, _repo(repo, full=True))
        if parts[3] == 'forks':
            forks = [r for r in REPOS if r[5] == repo[0] + '/' + repo[1]]
            return _json_reply(200, _page(_sorted(forks, query, 'newest'), query))
    return not_found()


def _github_site(url):
    parts = [p for p in url.path.split('/') if p]
    if len(parts) == 1 and _login(parts[0]):
        login = _login(parts[0])
        name = USERS[login][2] or login
        return _html(200, f'<!DOCTYPE html>\n<html lang="en">\n<head><title>{login} ({name}) \u00b7 GitHub</title></head>\n'
                          f'<body><h1>{name}</h1></body>\n</html>\n')
    return _html(404, '<!DOCTYPE html>\n<html><head><title>Page not found \u00b7 GitHub</title></head>\n'
                      '<body>Not Found</body></html>\n')


_EXAMPLE_PAGE = ('<!doctype html>\n<html>\n<head>\n    <title>Example Domain</title>\n</head>\n'
                 '<body>\n<div>\n    <h1>Example Domain</h1>\n    <p>This domain is for use in '
                 'illustrative examples in documents.</p>\n</div>\n</body>\n</html>\n')


# -- The fake GitHub's data --------------------------------------------------

# login: (id, type, name, location, created_at)
USERS = {
    'uranusjr': (605277, 'User', 'Tzu-ping Chung', 'Taipei, Taiwan', '2011-02-05T11:15:02Z'),
    'octocat': (583231, 'User', 'The Octocat', 'San Francisco', '2011-01-25T18:44:36Z'),
    'django': (27804, 'Organization', 'Django', None, '2008-09-09T18:15:31Z'),
    'pypa': (647025, 'Organization', 'Python Packaging Authority', None, '2011-03-08T20:52:37Z'),
    'techalchemy': (954310, 'User', 'Dan Ryan', None, '2011-08-02T17:10:55Z'),
    'python': (1525981, 'Organization', 'Python', None, '2012-03-11T15:40:39Z'),
    'github': (9919, 'Organization', 'GitHub', 'San Francisco, CA', '2008-05-11T04:37:31Z'),
}

# (owner, name, id, description, language, parent full_name or None,
#  stargazers, created_at, pushed_at)
REPOS = [
    ('uranusjr', 'macdown', 16425082, 'Open source Markdown editor for macOS.', 'Objective-C', None, 9164,
     '2014-02-01T08:02:50Z', '2017-05-29T03:12:44Z'),
    ('uranusjr', 'django', 43131021, 'The Web framework for perfectionists with deadlines.', 'Python', 'django/django', 0,
     '2015-09-25T10:20:13Z', '2017-04-18T06:55:21Z'),
    ('uranusjr', 'pip', 61734925, 'The Python package installer', 'Python', 'pypa/pip', 0,
     '2016-06-22T15:06:31Z', '2017-05-12T02:41:09Z'),
    ('uranusjr', 'pipenv', 88437110, 'Python Development Workflow for Humans.', 'Python', 'techalchemy/pipenv', 1,
     '2017-04-16T17:50:02Z', '2017-06-02T09:13:40Z'),
    ('uranusjr', 'talks', 78910234, 'Slides of my talks.', 'HTML', None, 12,
     '2017-01-14T08:36:21Z', '2017-06-09T16:20:00Z'),
    ('django', 'django', 4164482, 'The Web framework for perfectionists with deadlines.', 'Python', None, 29781,
     '2012-04-28T02:47:18Z', '2017-06-09T20:11:52Z'),
    ('pypa', 'pip', 1446467, 'The Python package installer', 'Python', None, 3554,
     '2011-03-06T14:30:46Z', '2017-06-08T11:02:12Z'),
    ('pypa', 'pipenv', 72582198, 'Python Development Workflow for Humans.', 'Python', None, 5210,
     '2017-01-20T05:07:28Z', '2017-06-09T23:01:16Z'),
    ('techalchemy', 'pipenv', 80033701, 'Python Development Workflow for Humans.', 'Python', 'pypa/pipenv', 2,
     '2017-01-25T16:12:08Z', '2017-05-30T19:44:51Z'),
    ('python', 'cpython', 81598961, 'The Python programming language', 'Python', None, 6210,
     '2017-02-10T19:23:51Z', '2017-06-10T04:21:33Z'),
    ('octocat', 'Hello-World', 1296269, 'My first repository on GitHub!', None, None, 1420,
     '2011-01-26T19:01:12Z', '2011-01-26T19:06:43Z'),
    ('octocat', 'Spoon-Knife', 1300192, 'This repo is for demonstration purposes only.', 'HTML', None, 10433,
     '2011-01-27T19:30:43Z', '2017-05-15T22:35:08Z'),
    ('octocat', 'linguist', 56271164, 'Language Savant.', 'Ruby', 'github/linguist', 88,
     '2016-04-14T21:51:44Z', '2016-04-14T21:56:33Z'),
    ('github', 'linguist', 1725199, 'Language Savant.', 'Ruby', None, 5832,
     '2011-05-09T22:53:13Z', '2017-06-08T18:25:09Z'),
]


def _login(name):
    """The user called name, ignoring case as GitHub does, or None."""
    for login in USERS:
        if login.lower() == name.lower():
            return login
    return None


def _find(owner, name):
    for r in REPOS:
        if r[0].lower() == owner.lower() and r[1].lower() == name.lower():
            return r
    return None


def _sorted(repos, query, default):
    key = query.get('sort', default)
    direction = query.get('direction')
    if key in ('full_name', 'name'):
        result = sorted(repos, key=lambda r: (r[0] + '/' + r[1]).lower())
        reverse = direction == 'desc'
    elif key in ('created', 'updated', 'pushed', 'newest', 'oldest'):
        result = sorted(repos, key=lambda r: r[8] if key in ('updated', 'pushed') else r[7])
        reverse = direction != 'asc' if key != 'oldest' else direction == 'desc'
    elif key in ('stargazers', 'watchers'):
        result = sorted(repos, key=lambda r: r[6])
        reverse = direction != 'asc'
    else:
        result, reverse = list(repos), False
    if reverse:
        result.reverse()
    return [_repo(r) for r in result]


def _page(items, query):
    try:
        per_page = min(max(int(query.get('per_page', 30)), 1), 100)
        page = max(int(query.get('page', 1)), 1)
    except ValueError:
        per_page, page = 30, 1
    return items[(page - 1) * per_page:page * per_page]


API = 'https://api.github.com'


def _user(login, full=False):
    uid, kind, name, location, created = USERS[login]
    user = {
        'login': login,
        'id': uid,
        'avatar_url': f'https://avatars.githubusercontent.com/u/{uid}?v=4',
        'url': f'{API}/users/{login}',
        'html_url': f'https://github.com/{login}',
        'repos_url': f'{API}/users/{login}/repos',
        'type': kind,
        'site_admin': False,
    }
    if full:
        user.update({
            'name': name,
            'location': location,
            'public_repos': sum(1 for r in REPOS if r[0] == login),
            'created_at': created,
        })
    return user


def _repo(r, full=False):
    owner, name, rid, description, language, parent, stars, created, pushed = r
    full_name = f'{owner}/{name}'
    forks = sum(1 for x in REPOS if x[5] == full_name)
    repo = {
        'id': rid,
        'name': name,
        'full_name': full_name,
        'private': False,
        'owner': _user(owner),
        'html_url': f'https://github.com/{full_name}',
        'description': description,
        'fork': parent is not None,
        'url': f'{API}/repos/{full_name}',
        'forks_url': f'{API}/repos/{full_name}/forks',
        'created_at': created,
        'updated_at': pushed,
        'pushed_at': pushed,
        'stargazers_count': stars,
        'watchers_count': stars,
        'language': language,
        'forks_count': forks,
        'open_issues_count': 0,
        'default_branch': 'master',
        'visibility': 'public',
    }
    if full and parent is not None:
        up = _find(*parent.split('/'))
        repo['parent'] = _repo(up)
        while up[5] is not None:
            up = _find(*up[5].split('/'))
        repo['source'] = _repo(up)
    return repo
