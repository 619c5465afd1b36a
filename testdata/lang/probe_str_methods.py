s = '  Hello, World!  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')))
print('a,b,,c'.split(','), 'a b  c'.split(), ' a b '.split(' '), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1), ''.split(), ''.split(','))
print('  a  b  c  '.split(None, 1), '  a  b  c  '.rsplit(None, 1))
print('key=val=x'.partition('='), 'key'.partition('='), 'a=b=c'.rpartition('='), 'abc'.rpartition('='))
print('line1\nline2\r\nline3\rline4'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines(), '\n'.splitlines())
print(repr('a\tbc\td'.expandtabs()), repr('a\tbc\td'.expandtabs(4), ), repr('12345\t6'.expandtabs(4)))
print(repr('ab'.center(7)), repr('ab'.center(6, '*')), repr('abc'.center(6, '-')), repr('ab'.ljust(5, '.')), repr('ab'.rjust(5)), '42'.zfill(5), '-42'.zfill(6), '+3'.zfill(4), 'abc'.zfill(2))
print("hello world's end".title(), 'hELLO wORLD'.capitalize(), 'Hello World'.swapcase(), 'ß'.upper(), 'ǅ'.lower(), 'they\'re bill\'s'.title())
t = str.maketrans('abc', 'xyz', 'd')
print('aabbccdd'.translate(t), 'hello'.translate({ord('l'): None, ord('o'): '0'}), str.maketrans({'a': 'b'}))
print('Straße'.casefold(), 'ABC'.casefold())
print('123'.isdigit(), '١٢٣'.isdigit(), '½'.isnumeric(), '½'.isdigit(), '12.3'.isdecimal(), 'abc_1'.isidentifier(), '1abc'.isidentifier(), ''.isalpha(), 'abc'.isalpha(), ' \t'.isspace(), 'Title Case'.istitle(), 'ABC1'.isupper(), 'abc'.islower(), 'ab1'.isalnum(), 'é'.isascii())
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.index('e'), 'hello'.count('l'), 'aaaa'.count('aa'), 'hello'.find('l', 3), 'hello'.find('', 10), 'abc'.count(''))
try:
    'hello'.index('z')
except ValueError as e:
    print(e)
print('hello'.startswith(('he', 'x')), 'hello'.endswith('lo', 0, 5), 'hello'.startswith('l', 2))
print('-'.join(['a', 'b']), ''.join([]), 'abc'.replace('b', 'BB'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'))
print('Hello'.removeprefix('He'), 'Hello'.removesuffix('lo'), 'a b'.encode(), 'x'.join('abc'))
try:
    '-'.join([1, 2])
except TypeError as e:
    print(e)
print('abc' * 3, 3 * 'ab', 'abc'[::-1], 'abcdef'[1:5:2], 'abc' < 'abd', 'a' in 'abc', repr('it\'s "q"'), repr("it's"), repr('a\\b\n\t\x00\x7f\u00e9\U0001f600'))
print('{} {}'.format(*'ab'), str(b'hi'), ascii('é€😀'), 'abc'.upper().lower(), ord('€'), chr(8364))
print('a-b_c d'.split('-'), 'x'.ljust(3) + '|', 'tab\there'.split('\t'))
print(' '.join(w.capitalize() for w in 'the quick brown fox'.split()))
print('%s' % 'x'.rjust(4, '0'), 'ab\u2028cd'.splitlines(), 'a\x0cb\x1cc'.splitlines())
# split/rsplit with maxsplit keep the rest's outer whitespace
print('  a b  '.split(None, 0), '  a b  '.rsplit(None, 0), '  a  '.split(None, 1), '  a  '.rsplit(None, 1), ' a b '.split(maxsplit=5))
print(b'  a  b  '.split(None, 1), b'  a  b  '.rsplit(None, 1), b'a b'.split(None, 0), b''.split(None, 0))
