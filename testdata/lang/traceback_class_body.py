# An exception raised while a class body runs shows a frame named after the class.
def helper():
    return {}["missing"]
class Config:
    name = "cfg"
    value = helper()
