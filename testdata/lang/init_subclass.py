# __init_subclass__ with keyword arguments; plugin registration.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name)
class CSV(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
class Yaml(Json, name="yml"):
    pass
print(sorted(Plugin.registry), Yaml.plugin_name, Json.plugin_name)
print(Plugin.registry["csv"] is CSV)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
