"""requests.exceptions: the exceptions of the simulated requests module,
with requests' names and hierarchy (requests 2.32)."""

import json as _json


class RequestException(IOError):
    """The base of every requests error; carries .request and .response."""

    def __init__(self, *args, **kwargs):
        response = kwargs.pop('response', None)
        self.response = response
        self.request = kwargs.pop('request', None)
        if response is not None and not self.request and hasattr(response, 'request'):
            self.request = self.response.request
        super().__init__(*args, **kwargs)


class InvalidJSONError(RequestException):
    """The JSON of a request or response was bad."""


class JSONDecodeError(InvalidJSONError, _json.JSONDecodeError):
    """Response.json() on a body that is not JSON; also a json.JSONDecodeError."""

    def __init__(self, *args, **kwargs):
        _json.JSONDecodeError.__init__(self, *args)
        InvalidJSONError.__init__(self, *self.args, **kwargs)


class HTTPError(RequestException):
    """raise_for_status() on a 4xx or 5xx response."""


class ConnectionError(RequestException):
    """The host could not be reached (unknown name, nothing listening)."""


class Timeout(RequestException):
    """A timeout: ConnectTimeout or ReadTimeout."""


class ConnectTimeout(ConnectionError, Timeout):
    """No connection within the timeout."""


class ReadTimeout(Timeout):
    """No answer within the timeout."""


class URLRequired(RequestException):
    """No URL given."""


class TooManyRedirects(RequestException):
    """Redirects went on too long."""


class MissingSchema(RequestException, ValueError):
    """The URL has no scheme (http:// or https://)."""


class InvalidSchema(RequestException, ValueError):
    """The URL's scheme is not http or https."""


class InvalidURL(RequestException, ValueError):
    """The URL is malformed (no host, a bad port)."""
