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
