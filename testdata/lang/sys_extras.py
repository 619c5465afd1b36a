# sys beyond the basics: maxsize, version_info, byteorder, modules, platform, path.
import sys
print(sys.maxsize == 2 ** 63 - 1, sys.version_info[0], sys.version_info >= (3, 11), sys.version_info.major)
print(sys.byteorder, type(sys.modules).__name__, "sys" in sys.modules)
print(sys.platform != "", isinstance(sys.path, list))
