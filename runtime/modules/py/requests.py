"""A subset of requests, over a simulated network.

The network is simulated (see the simnet module): requests never leave the
page. api.github.com answers as a small fake GitHub REST API, github.com
and example.com with HTML pages; any other host fails to resolve. A call
blocks (time.sleep on the run's clock) for the response's deterministic
latency plus the time to read its body, so calls in threads overlap.

What there is, with requests' names and behaviour (requests 2.32):

  r = requests.get(url, params=None, headers=None, timeout=None)
  r.status_code, r.ok, r.reason, r.url, r.headers (case-insensitive),
  r.text, r.content, r.encoding, r.json(), r.raise_for_status()
  requests.request(method, url, ...), requests.Session() (get, request,
  headers, close, a context manager)

Errors (requests.exceptions, also on the module): RequestException >
HTTPError ("404 Client Error: Not Found for url: ..."), ConnectionError
(unknown host, nothing listening), Timeout > ReadTimeout, JSONDecodeError
(json() on a body that is not JSON), MissingSchema, InvalidSchema,
InvalidURL. A ConnectionError's text names no object address, unlike
urllib3's.
"""

import json as _json
import time as _time

import simnet as _simnet
import requests.exceptions as exceptions
from requests.exceptions import (
    RequestException, InvalidJSONError, JSONDecodeError, HTTPError, ConnectionError,
    Timeout, ConnectTimeout, ReadTimeout, URLRequired, TooManyRedirects,
    MissingSchema, InvalidSchema, InvalidURL,
)

__version__ = '2.32.3'


class CaseInsensitiveDict:
    """A dict whose keys match case-insensitively and keep the case they
    were last set with."""

    def __init__(self, data=None, **kwargs):
        self._store = {}
        self.update(data or {}, **kwargs)

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __contains__(self, key):
        return isinstance(key, str) and key.lower() in self._store

    def __iter__(self):
        return iter([k for k, _ in self._store.values()])

    def __len__(self):
        return len(self._store)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), **kwargs):
        pairs = other.items() if hasattr(other, 'items') else other
        for k, v in pairs:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def keys(self):
        return [k for k, _ in self._store.values()]

    def values(self):
        return [v for _, v in self._store.values()]

    def items(self):
        return list(self._store.values())

    def copy(self):
        return CaseInsensitiveDict(self.items())

    def __eq__(self, other):
        if not hasattr(other, 'items'):
            return NotImplemented
        return {k.lower(): v for k, v in self.items()} == {k.lower(): v for k, v in other.items()}

    def __repr__(self):
        return str(dict(self.items()))


class PreparedRequest:
    def __init__(self, method, url, headers):
        self.method = method
        self.url = url
        self.headers = headers
        self.body = None

    def __repr__(self):
        return f'<PreparedRequest [{self.method}]>'


class Response:
    def __init__(self, request, reply):
        self.request = request
        self.url = request.url
        self.status_code = reply.status
        self.reason = reply.reason
        self.headers = CaseInsensitiveDict(reply.headers)
        self.content = reply.body.encode()
        ctype = self.headers.get('Content-Type', '')
        self.encoding = 'utf-8' if 'charset=utf-8' in ctype.lower() else 'ISO-8859-1' if ctype.startswith('text/') else None
        self.history = []

    @property
    def text(self):
        return self.content.decode(self.encoding or 'utf-8', 'replace')

    @property
    def ok(self):
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    def __bool__(self):
        return self.ok

    def json(self, **kwargs):
        try:
            return _json.loads(self.text, **kwargs)
        except _json.JSONDecodeError as e:
            raise JSONDecodeError(e.msg, e.doc, e.pos)

    def raise_for_status(self):
        if 400 <= self.status_code < 500:
            kind = 'Client'
        elif 500 <= self.status_code < 600:
            kind = 'Server'
        else:
            return
        raise HTTPError(f'{self.status_code} {kind} Error: {self.reason} for url: {self.url}', response=self)

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return f'<Response [{self.status_code}]>'


def _pool(url):
    kind = 'HTTPSConnectionPool' if url.scheme == 'https' else 'HTTPConnectionPool'
    return f"{kind}(host='{url.host}', port={url.port})"


class Session:
    """Default headers for its requests; a context manager."""

    def __init__(self):
        self.headers = CaseInsensitiveDict({
            'User-Agent': f'python-requests/{__version__}',
            'Accept-Encoding': 'gzip, deflate',
            'Accept': '*/*',
            'Connection': 'keep-alive',
        })

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        pass

    def get(self, url, params=None, **kwargs):
        return self.request('GET', url, params=params, **kwargs)

    def head(self, url, **kwargs):
        return self.request('HEAD', url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request('POST', url, data=data, json=json, **kwargs)

    def request(self, method, url, params=None, data=None, headers=None, cookies=None, files=None,
                auth=None, timeout=None, allow_redirects=True, proxies=None, hooks=None,
                stream=None, verify=None, cert=None, json=None):
        url = str(url).strip()
        parts = _simnet.URL(url)
        if not parts.scheme and '://' not in url:
            raise MissingSchema(f"Invalid URL '{url}': No scheme supplied. Perhaps you meant https://{url}?")
        if parts.scheme not in ('http', 'https'):
            raise InvalidSchema(f"No connection adapters were found for '{url}'")
        if not parts.host:
            raise InvalidURL(f"Invalid URL '{url}': No host supplied")
        if parts.port is None:
            raise InvalidURL(f"Invalid URL '{url}': Failed to parse: {url}")
        full = _simnet.normalize(parts.with_query(params))
        sent = self.headers.copy()
        sent.update(headers or {})
        prepared = PreparedRequest(method.upper(), full, sent)
        target = _simnet.URL(full)
        where = target.path + ('?' + target.query_string if target.query_string else '')
        try:
            _simnet.resolve(target.host)
        except OSError as error:
            raise ConnectionError(
                f"{_pool(target)}: Max retries exceeded with url: {where} (Caused by "
                f"NameResolutionError(\"Failed to resolve '{target.host}' ({error})\"))", request=prepared)
        delay = _simnet.latency(target.host, target.path)
        limit = timeout[1] if isinstance(timeout, tuple) else timeout
        if limit is not None and limit < delay + _simnet.BODY_SECONDS:
            _time.sleep(limit)
            raise ReadTimeout(f'{_pool(target)}: Read timed out. (read timeout={limit})', request=prepared)
        _time.sleep(delay + _simnet.BODY_SECONDS)
        try:
            reply = _simnet.serve(method.upper(), target)
        except OSError as error:
            raise ConnectionError(
                f"{_pool(target)}: Max retries exceeded with url: {where} (Caused by "
                f"NewConnectionError('Failed to establish a new connection: {error}'))", request=prepared)
        return Response(prepared, reply)


def request(method, url, **kwargs):
    with Session() as session:
        return session.request(method, url, **kwargs)


def get(url, params=None, **kwargs):
    return request('GET', url, params=params, **kwargs)


def head(url, **kwargs):
    return request('HEAD', url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request('POST', url, data=data, json=json, **kwargs)
