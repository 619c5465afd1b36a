# collections.ChainMap: lookups through a chain of mappings, writes to the first.
from collections import ChainMap
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.get("missing", "-"))
cm["color"] = "blue"
print(user, defaults, cm.maps[0] is user)
child = cm.new_child({"size": "XL"})
print(child["size"], cm["size"], child.parents["size"])
