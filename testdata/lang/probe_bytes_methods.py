b = b'hello world'
print(b.hex(), b.hex(':'), b.hex('-', 2), bytes.fromhex('de ad be ef'), b.upper(), b.title(), b.split(), b.replace(b'o', b'0'), b.find(b'o'), b.count(b'l'), b[0], b[-1:], b.startswith(b'he'), b.strip(b'hd'))
print(b'\xff\xfe'.decode('utf-8', errors='replace'), b'\xff'.decode('latin-1'), 'é'.encode('utf-8'), 'é'.encode('utf-16-le') if False else '', b'abc'.decode('ascii'), str(b'\xc3\xa9', 'utf-8'), bytes('abc', 'ascii'))
print(b'%d-%s-%r' % (5, b'x', b'y'), b'%05.1f' % 2.25, b'a' + b'b', b'ab' * 3, b'x' in b'xyz', 120 in b'xyz', list(b'AB'), bytes([72, 105]), bytes(range(3)))
ba = bytearray(b'abc'); ba.append(100); ba.extend(b'ef'); ba[0] = 65; print(ba, ba.pop(), ba, bytes(ba), len(ba), ba.decode(), ba.upper(), ba.reverse(), ba)
ba2 = bytearray(3); ba2[1:2] = b'xyz'; print(ba2, bytearray('hi', 'ascii'), bytearray([1, 2]) == b'\x01\x02')
try:
    b'abc'.decode('ascii')[5]
except IndexError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b'a' + 'b'
except TypeError as e:
    print(e)
try:
    ba.append(300)
except ValueError as e:
    print(e)
try:
    b'\x80'.decode('ascii')
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason)
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'), b'\t\n\r\x00\x7f\x80'.hex(), repr(b'\t\n\r\x00\x7f\x80'))
print(int.from_bytes(b'\x00\x01', 'big'), (1000).to_bytes(2, 'little'), b'abc'.ljust(5, b'*'), b'abc'.center(7), b'a,b'.partition(b','), b'abc'.isalpha(), b'123'.isdigit(), b'  x '.lstrip())
print(sorted([b'b', b'a', b'ab']), b'abc' < b'abd', max(b'abc'), sum(b'abc'), b''.join([b'a', b'b']), b'-'.join([b'x', bytearray(b'y')]))
b = b'hello world'
print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex('-', -2), b.hex(b':'), b''.hex(':'), b'ab'.hex(':', 5), b.hex(' ', 3), b.hex(' ', -3), bytearray(b'\x01\x02\x03').hex('.'), b'abc'.hex(':', 0))
for a in [('::',), (1,), ('é',), (':', 'x')]:
    try:
        b.hex(*a)
    except Exception as e:
        print(type(e).__name__, e)
print(b'%d-%s-%r' % (5, b'x', b'y'), b'%05.1f' % 2.25, b'%b|%-4s|%4b' % (b'a', bytearray(b'b'), b'c'), b'%c%c' % (65, b'B'), b'%x %X %o %e' % (255, 255, 8, 1.5))
print(bytearray(b'%s!') % b'hi', b'%(a)s %(b)d' % {b'a': b'x', b'b': 3}, b'%%' % (), b'%a' % 'é', b'%r' % 'str', b'%s' % memoryview(b'mv') if False else '')
class B:
    def __bytes__(self):
        return b'custom'
print(b'%s' % B(), b'%5.2s|' % b'abcdef', b'\xff%s' % b'\xfe')
for args in [(b'%s', 'text'), (b'%s', 5), (b'%c', 300), (b'%c', 'x'), (b'%c', b'xy'), (b'%d', b'1'), (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'%z', 1)]:
    try:
        print(args[0] % args[1])
    except Exception as e:
        print(type(e).__name__, e)
try:
    print('%b' % 1)
except ValueError as e:
    print(e)
ba = bytearray(b'abcdef')
ba[1:3] = b'XYZ'; print(ba)
ba[::2] = b'123' if len(ba[::2]) == 3 else b'1234'; print(ba)
del ba[0]; print(ba); del ba[::2]; print(ba); del ba[-1]; print(ba)
ba.insert(0, 65); ba.insert(100, 66); ba.insert(-1, 67); print(ba)
ba.remove(65); print(ba, ba.copy(), ba.copy() is ba)
ba.reverse(); print(ba); ba.clear(); print(ba, len(ba))
for f in [lambda: ba.remove(1), lambda: ba.insert(0, 256), lambda: bytearray(b'ab').__delitem__(5), lambda: bytearray(b'abc').__setitem__(slice(None, None, 2), b'xyz')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: b'\x80'.decode('ascii'), lambda: b'ab\xe9\xff'.decode(), lambda: 'aé€'.encode('ascii'), lambda: 'a€€'.encode('latin-1'), lambda: 'é€'.encode('latin-1'), lambda: b'\xc3'.decode('utf-8'), lambda: 'x€y€€'.encode('ascii')]:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e, '|', e.encoding, e.object, e.start, e.end, e.reason)
