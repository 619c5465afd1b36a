"""A subset of aiohttp's client, over a simulated network.

The network is simulated (see the simnet module): requests never leave the
page. api.github.com answers as a small fake GitHub REST API, github.com
and example.com with HTML pages; any other host fails to resolve. Each
response arrives after a deterministic latency on the run's clock
(asyncio.sleep), and reading its body takes a little longer.

What there is, with aiohttp's names and behaviour (aiohttp 3.10):

  async with aiohttp.ClientSession(base_url=None, headers=None,
                                   raise_for_status=False) as session:
      async with session.get(url, params=None, headers=None) as resp:
          resp.status, resp.reason, resp.ok, resp.url, resp.headers,
          resp.content_type, resp.request_info, resp.raise_for_status()
          await resp.json(), await resp.text(), await resp.read()

  `await session.get(url)` works too; session.close() is a coroutine.

Errors: ClientError > ClientResponseError (raise_for_status, with .status,
.message, .headers, .request_info; ContentTypeError from json() on a body
that is not JSON), and ClientError > ClientConnectionError > ClientOSError
> ClientConnectorError (host unknown: ClientConnectorDNSError, wrapping
socket.gaierror; nothing listening: connection refused).
"""

import asyncio
import json as _json

import simnet as _simnet

__version__ = '3.10.0'


class ClientError(Exception):
    """Base class for client connection errors."""


class ClientResponseError(ClientError):
    """An error after a response arrived: raise_for_status() and friends."""

    def __init__(self, request_info, history, *, status=None, message='', headers=None):
        self.request_info = request_info
        self.status = 0 if status is None else status
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return f'{self.status}, message={self.message!r}, url={str(self.request_info.real_url)!r}'

    def __repr__(self):
        args = f'{self.request_info!r}, {self.history!r}'
        if self.status != 0:
            args += f', status={self.status!r}'
        if self.message != '':
            args += f', message={self.message!r}'
        if self.headers is not None:
            args += f', headers={self.headers!r}'
        return f'{type(self).__name__}({args})'


class ContentTypeError(ClientResponseError):
    """The response's Content-Type is not what json() expected."""


class ClientConnectionError(ClientError):
    """Base class for client socket errors."""


class ClientOSError(ClientConnectionError, OSError):
    """An OSError while connecting."""


class ClientConnectorError(ClientOSError):
    """The connection could not be established."""

    def __init__(self, connection_key, os_error):
        self._conn_key = connection_key
        self._os_error = os_error
        super().__init__(os_error.errno, os_error.strerror)
        self.args = (connection_key, os_error)

    @property
    def os_error(self):
        return self._os_error

    @property
    def host(self):
        return self._conn_key.host

    @property
    def port(self):
        return self._conn_key.port

    @property
    def ssl(self):
        return self._conn_key.ssl

    def __str__(self):
        ssl = 'default' if self.ssl is True else self.ssl
        return f'Cannot connect to host {self.host}:{self.port} ssl:{ssl} [{self.strerror}]'


class ClientConnectorDNSError(ClientConnectorError):
    """The host name could not be resolved."""


class ServerConnectionError(ClientConnectionError):
    """Server connection errors."""


class InvalidURL(ClientError, ValueError):
    """The URL is malformed (no host, say)."""

    def __init__(self, url, description=None):
        self._url = url
        self._description = description
        if description:
            super().__init__(url, description)
        else:
            super().__init__(url)

    @property
    def url(self):
        return self._url

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        if self._description:
            return f'{self._url} - {self._description}'
        return str(self._url)


class InvalidUrlClientError(InvalidURL):
    """Invalid URL client error."""


class NonHttpUrlClientError(ClientError):
    """The URL's scheme is not http or https."""


class URL:
    """The few parts of yarl.URL that responses show."""

    def __init__(self, text):
        self._text = text
        self._parts = _simnet.URL(text)

    host = property(lambda self: self._parts.host)
    port = property(lambda self: self._parts.port)
    scheme = property(lambda self: self._parts.scheme)
    path = property(lambda self: _simnet.unquote(self._parts.path))
    query_string = property(lambda self: _simnet.unquote(self._parts.query_string))

    @property
    def query(self):
        return self._parts.query()

    def __str__(self):
        return self._text

    def __repr__(self):
        return f'URL({self._text!r})'

    def __eq__(self, other):
        return isinstance(other, URL) and other._text == self._text

    def __hash__(self):
        return hash(self._text)


class CIMultiDictProxy:
    """Read-only headers with case-insensitive names (multidict's)."""

    def __init__(self, pairs):
        self._pairs = list(pairs)

    def __getitem__(self, key):
        for k, v in self._pairs:
            if k.lower() == key.lower():
                return v
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def getall(self, key, *default):
        found = [v for k, v in self._pairs if k.lower() == key.lower()]
        if found:
            return found
        if default:
            return default[0]
        raise KeyError(key)

    def __contains__(self, key):
        return isinstance(key, str) and any(k.lower() == key.lower() for k, _ in self._pairs)

    def __iter__(self):
        return iter([k for k, _ in self._pairs])

    def __len__(self):
        return len(self._pairs)

    def keys(self):
        return [k for k, _ in self._pairs]

    def values(self):
        return [v for _, v in self._pairs]

    def items(self):
        return list(self._pairs)

    def __repr__(self):
        body = ', '.join(f'{k!r}: {v!r}' for k, v in self._pairs)
        return f'<{type(self).__name__}({body})>'


class RequestInfo:
    def __init__(self, url, method, headers, real_url):
        self.url = url
        self.method = method
        self.headers = headers
        self.real_url = real_url

    def __repr__(self):
        return f'RequestInfo(url={self.url!r}, method={self.method!r}, headers={self.headers!r}, real_url={self.real_url!r})'


class ConnectionKey:
    def __init__(self, host, port, is_ssl):
        self.host = host
        self.port = port
        self.is_ssl = is_ssl
        self.ssl = True

    def __repr__(self):
        return (f'ConnectionKey(host={self.host!r}, port={self.port!r}, is_ssl={self.is_ssl!r}, '
                f'ssl=True, proxy=None, proxy_auth=None, proxy_headers_hash=None)')


class ClientTimeout:
    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None, ceil_threshold=5):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect
        self.ceil_threshold = ceil_threshold

    def __repr__(self):
        return (f'ClientTimeout(total={self.total!r}, connect={self.connect!r}, sock_read={self.sock_read!r}, '
                f'sock_connect={self.sock_connect!r}, ceil_threshold={self.ceil_threshold!r})')


class ClientResponse:
    """A response: status and headers first, the body read on demand."""

    def __init__(self, method, url, reply, request_info):
        self.method = method
        self.url = url
        self.real_url = url
        self.status = reply.status
        self.reason = reply.reason
        self.headers = CIMultiDictProxy(reply.headers)
        self.request_info = request_info
        self.history = ()
        self._text = reply.body
        self._body = None
        self._released = False

    @property
    def ok(self):
        return self.status < 400

    @property
    def content_type(self):
        return self.headers.get('Content-Type', 'application/octet-stream').partition(';')[0].strip().lower()

    @property
    def charset(self):
        _, _, params = self.headers.get('Content-Type', '').partition(';')
        key, _, value = params.strip().partition('=')
        return value.strip() if key.strip().lower() == 'charset' else None

    def raise_for_status(self):
        if not self.ok:
            self.release()
            raise ClientResponseError(self.request_info, self.history, status=self.status,
                                      message=self.reason, headers=self.headers)

    async def read(self):
        if self._body is None:
            await asyncio.sleep(_simnet.BODY_SECONDS)
            self._body = self._text.encode()
        return self._body

    async def text(self, encoding=None, errors='strict'):
        body = await self.read()
        return body.decode(encoding or self.charset or 'utf-8', errors)

    async def json(self, *, encoding=None, loads=_json.loads, content_type='application/json'):
        body = await self.read()
        if content_type and content_type not in self.content_type:
            raise ContentTypeError(self.request_info, self.history, status=self.status,
                                   message=f'Attempt to decode JSON with unexpected mimetype: {self.content_type}',
                                   headers=self.headers)
        text = body.decode(encoding or self.charset or 'utf-8').strip()
        if not text:
            return None
        return loads(text)

    def release(self):
        self._released = True

    def close(self):
        self._released = True

    @property
    def closed(self):
        return self._released

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def __repr__(self):
        return f'<ClientResponse({self.url}) [{self.status} {self.reason}]>\n{self.headers!r}\n'


class _RequestContextManager:
    """What session.get returns: awaitable, and an async context manager
    that releases the response on exit."""

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    def send(self, value):
        return self._coro.send(value)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()


class ClientSession:
    """An HTTP client session over the simulated network."""

    def __init__(self, base_url=None, *, headers=None, raise_for_status=False, timeout=None):
        self._base_url = base_url
        self.headers = dict(headers or {})
        self._raise_for_status = raise_for_status
        self.timeout = timeout if timeout is not None else ClientTimeout(total=300, sock_connect=30)
        self._closed = False

    @property
    def closed(self):
        return self._closed

    async def close(self):
        self._closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, **kwargs):
        return _RequestContextManager(self._request('GET', url, **kwargs))

    def head(self, url, **kwargs):
        return _RequestContextManager(self._request('HEAD', url, **kwargs))

    def post(self, url, **kwargs):
        return _RequestContextManager(self._request('POST', url, **kwargs))

    async def _request(self, method, url, *, params=None, headers=None, raise_for_status=None,
                       timeout=None, allow_redirects=True, data=None, json=None):
        if self._closed:
            raise RuntimeError('Session is closed')
        url = str(url)
        if self._base_url is not None:
            url = str(self._base_url).rstrip('/') + url
        parts = _simnet.URL(url)
        if parts.scheme not in ('http', 'https'):
            if not parts.scheme:
                raise InvalidUrlClientError(url)
            raise NonHttpUrlClientError(url)
        if not parts.host or parts.port is None:
            raise InvalidUrlClientError(url)
        full = URL(_simnet.normalize(parts.with_query(params, '/:@?')))
        sent = dict(self.headers)
        sent.update(headers or {})
        sent.setdefault('Host', parts.host)
        sent.setdefault('Accept', '*/*')
        sent.setdefault('Accept-Encoding', 'gzip, deflate')
        sent.setdefault('User-Agent', f'Python/3.11 aiohttp/{__version__}')
        info = RequestInfo(full, method.upper(), CIMultiDictProxy(sent.items()), full)
        key = ConnectionKey(parts.host, parts.port, parts.scheme == 'https')
        try:
            _simnet.resolve(parts.host)
        except OSError as error:
            raise ClientConnectorDNSError(key, error) from error
        timeout = self.timeout if timeout is None else timeout
        delay = _simnet.latency(parts.host, parts.path)
        limit = getattr(timeout, 'total', None)
        if limit is not None and limit < delay:
            await asyncio.sleep(limit)
            raise asyncio.TimeoutError()
        await asyncio.sleep(delay)
        try:
            reply = _simnet.serve(method.upper(), _simnet.URL(str(full)))
        except OSError as error:
            raise ClientConnectorError(key, error) from error
        resp = ClientResponse(method.upper(), full, reply, info)
        check = self._raise_for_status if raise_for_status is None else raise_for_status
        if check:
            resp.raise_for_status()
        return resp

