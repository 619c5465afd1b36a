# Markers under wide characters (CJK, emoji) take two columns, as in 3.11.
名前 = 'Ada'
status = {'✅': 1, '❌': 0}
print(名前, status)


def total():
    return status['✅'] + status['❌'] + len(名前) + status['🎉']


def greet():
    return 'こんにちは ' + 名前 + 1


for f in (greet,):
    try:
        f()
    except TypeError as e:
        print(e)
total()
