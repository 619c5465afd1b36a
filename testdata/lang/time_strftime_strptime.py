# time: struct_time, gmtime/localtime (UTC), strftime and strptime, mktime, asctime.
import time
g=time.gmtime(0); l=time.localtime(0)
print(g, l.tm_zone, g.tm_zone, g.tm_gmtoff)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %p %I %y %c|%x|%X|%%|%Z|%z', time.gmtime(1234567890)))
print(time.strftime('%Z %z', (2020,1,1,0,0,0,0,1,-1)), time.strftime('%Z %z', time.struct_time((2020,1,1,0,0,0,0,1,0,'EST',-18000))))
for t in [(2020,13,1,0,0,0,0,1,0),(2020,1,32,0,0,0,0,1,0),(2020,1,1,24,0,0,0,1,0),(2020,1,1,0,0,62,0,1,0),(2020,1,1,0,0,0,7,1,0),(2020,1,1,0,0,0,0,367,0),(2020,0,0,0,0,0,0,0,0), (1,2), 5, ('a',1,1,0,0,0,0,1,0)]:
    try: print(time.strftime('%Y-%m-%d %j %a', t))
    except Exception as e: print(type(e).__name__, e)
print(time.asctime(g), time.ctime(0), time.mktime(l), time.mktime((2020,1,32,25,0,0,0,0,0)))
print(time.gmtime(1.9), time.gmtime(-1.5))
print(repr(time.strptime('2020-03-04', '%Y-%m-%d')))
print(time.strptime('Tue Mar  3 12:01:02 2020'))
st = time.strptime('2020 +0130 utc', '%Y %z %Z'); print(st, st.tm_zone, st.tm_gmtoff)
for a in [('2020-13-01', '%Y-%m-%d'), ('2020-02-30', '%Y-%m-%d'), ('2020-01-01x', '%Y-%m-%d'), ('x', '%Q'), ('x', 'abc%'), ('1', '% d'), (5, '%Y'), ('2020', 5), ('12 pm', '%I %p'), ('12 am', '%I %p'), ('3PM', '%I%p'), ('2020 10 1', '%Y %U %w'), ('2020 0 3', '%Y %W %w'), ('2020 100', '%Y %j'), ('2020 53 1', '%G %V %u'), ('53 1', '%V %u'), ('2020 1', '%G %V'), ('Feb 29', '%b %d'), ('1999', '%y'), ('99 01', '%y %m'), ('68', '%y'), ('  12', '%d'), ('   Wednesday,   JANUARY 5', ' %A, %B %d'), ('+01:30:15.5', '%z'), ('+0130:15', '%z'), ('Z', '%z'), ('z', '%z'), ('123', '%f'), ('1234567', '%f'), ('2020-1-2 3:4:5', '%Y-%m-%d %H:%M:%S'), ('0000', '%Y'), ('5', '%.')]:
    try: print(a, time.strptime(*a)[:9])
    except Exception as e: print(a, type(e).__name__, e)
for s in [2**55, 2**56, 1e20, float('nan'), 'x', -62135596801]:
    try: print(time.gmtime(s))
    except Exception as e: print(type(e).__name__, e)
print(time.struct_time((1,2,3,4,5,6,7,8,9)) == (1,2,3,4,5,6,7,8,9), type(time.gmtime(0)).__name__, type(time.gmtime(0)), len(g), g.n_fields)
for t in [(1,2), range(12)]:
    try: time.struct_time(t)
    except Exception as e: print(type(e).__name__, e)
print(time.strftime('%-d %_d %e %k %l %P %u %V %G %s %Q|%', time.gmtime(86400*40)))
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(isinstance(g, tuple), g[0], g[-1], list(g)[:3], g[1:3])
