# A data descriptor with __set__ but no __get__: reads find the instance
# dict first and the descriptor itself when the dict has no entry.
class SetOnly:
    def __set__(self, obj, value):
        print('SetOnly.__set__', value)
        obj.__dict__['x'] = value * 2


class DeleteOnly:
    def __delete__(self, obj):
        print('DeleteOnly.__delete__')


class Full:
    def __get__(self, obj, objtype=None):
        return 'Full.__get__'

    def __set__(self, obj, value):
        obj.__dict__['z'] = value


class NonData:
    def __get__(self, obj, objtype=None):
        return 'NonData.__get__'


class A:
    x = SetOnly()
    y = DeleteOnly()
    z = Full()
    w = NonData()


a = A()
print(type(a.x).__name__, type(a.y).__name__)
a.x = 5
print(a.x)
a.__dict__['y'] = 'dict y'
print(a.y)
del a.y
print(a.__dict__)
a.z = 1
print(a.z, a.__dict__['z'])
a.__dict__['w'] = 'dict w'
print(a.w)
print(type(A.x).__name__, A.z, A.w)


class MetaSet:
    def __set__(self, cls, value):
        print('MetaSet.__set__', value)


class Meta(type):
    x = MetaSet()


class B(metaclass=Meta):
    pass


class C(metaclass=Meta):
    x = 'class attribute'


print(type(B.x).__name__, C.x)
B.x = 3
C.x = 4
print(type(B.x).__name__, C.x)
