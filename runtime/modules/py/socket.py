"""A minimal socket module: name lookups on the simulated network.

This runtime has no real network (see the simnet module): getaddrinfo and
gethostbyname answer from simnet's made-up hosts (api.github.com,
github.com, example.com, localhost, numeric addresses). Any other name
fails as on Linux: socket.gaierror: [Errno -2] Name or service not known.
There are no socket objects.
"""

import enum as _enum


class AddressFamily(_enum.IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(_enum.IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
EAI_AGAIN = -3
EAI_FAIL = -4
EAI_FAMILY = -6
EAI_NONAME = -2
EAI_SERVICE = -8

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_SERVICES = {'http': 80, 'https': 443, 'ftp': 21, 'ssh': 22, 'smtp': 25, 'domain': 53}


def _port(port):
    if port is None:
        return 0
    if isinstance(port, bytes):
        port = port.decode()
    if isinstance(port, int):
        return port % 65536
    if isinstance(port, str):
        if port.isdigit():
            return int(port) % 65536
        if port in _SERVICES:
            return _SERVICES[port]
        raise gaierror(-8, 'Servname not supported for ai_socktype')
    raise OSError('Int or String expected')


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    import simnet
    if isinstance(host, bytes):
        host = host.decode()
    if host is not None and not isinstance(host, str):
        raise TypeError('getaddrinfo() argument 1 must be string or None')
    port = _port(port)
    # No host means the loopback addresses, IPv6 first (as on Linux).
    addresses = ['::1', '127.0.0.1'] if host is None else [simnet.resolve(host.lower())]
    if family:
        addresses = [a for a in addresses if (':' in a) == (family == AF_INET6)]
        if not addresses:
            raise gaierror(-9, 'Address family for hostname not supported')
    result = []
    for address in addresses:
        fam = AF_INET6 if ':' in address else AF_INET
        sockaddr = (address, port, 0, 0) if fam == AF_INET6 else (address, port)
        for kind, p in ((SOCK_STREAM, 6), (SOCK_DGRAM, 17), (SOCK_RAW, 0)):
            if type and type != kind:
                continue
            if proto and kind != SOCK_RAW and proto != p:
                continue
            if proto and kind == SOCK_RAW:
                if type != kind:
                    continue     # a raw socket only when asked for by type
                p = proto
            result.append((fam, kind, p, '', sockaddr))
    return result


def gethostbyname(hostname):
    import simnet
    if not isinstance(hostname, (str, bytes, bytearray)):
        raise TypeError(f"gethostbyname() argument 1 must be str, bytes or bytearray, not {type(hostname).__name__}")
    if not isinstance(hostname, str):
        hostname = bytes(hostname).decode()
    return simnet.resolve(hostname.lower())


def gethostname():
    return 'asynchrony'


async def _loop_getaddrinfo(host, port, *, family=0, type=0, proto=0, flags=0):
    # loop.getaddrinfo: CPython runs the lookup in an executor; here it is
    # instant, but still a coroutine to await.
    return getaddrinfo(host, port, family, type, proto, flags)
