"""Module docstring."""
import sys
def main():
    print('main called', __name__, __doc__)
    print(sys.argv[1:], len(sys.argv), sys.argv[0].endswith('probe_main_module_globals.py'))
    print(__file__.endswith('probe_main_module_globals.py'), type(__builtins__).__name__, __spec__ is None if '__spec__' in dir() else 'nospec', '__main__' in sys.modules)
    print(sorted(k for k in globals() if k.startswith('__')))
    print(round(2.5), round(-2.5), round(0.1 + 0.2, 1), round(-0.0), int.__round__(1234, -2), (1.5).__round__(), round(True))
    print('{0[1]} {1!a} {2:{3}}'.format('ab', 'é', 7, '>4'), '{:{}{}}'.format(3, '<', 5) + '|')
    print(int('0x10', 0), int('0o10', 0), int('10', 0))
    try:
        int('010', 0)
    except ValueError as e:
        print(e)
    x = [3, 1, 2]
    print(x.sort(), x, sorted([2, 1.5, True, -1]))
    sys.stdout.write('no newline')
    sys.stdout.write(' continued\n')
    print('a', end='')
    print('b', end='\n\n')
    print(*['x', 'y'], sep='\n')
    print(flush=True)
if __name__ == '__main__':
    main()
print(list(globals())[:9], dir()[:9])
print(__package__, __spec__, __cached__, type(__loader__).__name__, __annotations__)
