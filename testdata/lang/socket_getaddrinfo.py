# Name lookups that CPython answers the same on any Linux machine, online
# or not: numeric addresses, service names, the .invalid domain (RFC 6761:
# never resolves) and argument errors.
import socket


def lookup(*args, **kwargs):
    try:
        print(socket.getaddrinfo(*args, **kwargs))
    except (OSError, TypeError) as e:
        print(type(e).__name__, repr(e), '|', e)


lookup('nonexistent.invalid', 80)
lookup('api.nonexistent.invalid', 'https', type=socket.SOCK_STREAM)
lookup('127.0.0.1', 80)
lookup('127.0.0.1', 'http', type=socket.SOCK_STREAM)
lookup('127.0.0.1', 443, proto=socket.IPPROTO_TCP)
lookup('127.0.0.1', None, type=socket.SOCK_DGRAM)
lookup(b'127.0.0.1', b'8080', socket.AF_INET, socket.SOCK_STREAM)
lookup('127.0.0.1', 70000, type=socket.SOCK_STREAM)
lookup('127.0.0.1', 'no-such-service')
lookup('127.0.0.1', 80, socket.AF_INET6)
lookup(123, 80)
lookup('127.0.0.1', 1.5)

try:
    socket.getaddrinfo('nonexistent.invalid', 80)
except socket.gaierror as e:
    print(e.errno, e.strerror, e.args, e.errno == socket.EAI_NONAME)
    print([c.__name__ for c in type(e).__mro__])
try:
    socket.gethostbyname('nonexistent.invalid')
except OSError as e:
    print(type(e).__name__, e)
print(socket.gethostbyname('127.0.0.1'))
print(repr(socket.AF_INET), repr(socket.SOCK_STREAM), socket.IPPROTO_TCP, socket.IPPROTO_UDP)
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.herror, OSError))
