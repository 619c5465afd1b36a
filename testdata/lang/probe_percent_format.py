print('%d %i %5d %-5d| %05d %+d % d' % (1, 2, 3, 4, 5, 6, 7))
print('%s %r %a' % ('x', 'y', 'é'))
print('%x %X %#x %#o %o %e %E %g %G %f %.2f %10.3f %-10.1f|' % (255, 255, 255, 8, 8, 12345.678, 0.00012, 1e-5, 1e20, 3.5, 2.675, -1.5, 2.0))
print('%c%c' % (65, 'b'))
print('%(name)s is %(age)03d' % {'name': 'Bob', 'age': 7})
print('%%' % ())
print('%s' % [1, 2])
print('%s' % (1,))
print('%*d|%-*d|' % (5, 1, 4, 2))
print('%.3s' % 'abcdef')
for bad in [('%d', 'x'), ('%d %d', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(a)s', 1), ('%c', 'ab')]:
    try:
        print(bad[0] % bad[1])
    except Exception as e:
        print(type(e).__name__, e)
print('%d' % 3.9, '%s' % 3.0, '%r' % 1e100, '%d' % True)
print('%5s|%-5s|' % ('ab', 'cd'))
print('%.0f %.0f %.0f' % (0.5, 1.5, 2.5))
