# Uncaught exception raised `from` another: both tracebacks, "direct cause" line.
class ConfigError(Exception):
    pass
def read_port(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise ConfigError("port not configured") from e
print("start")
read_port({"host": "x"})
