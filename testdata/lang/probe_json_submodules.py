import json.decoder
import json.encoder as enc
print(json.decoder.JSONDecoder, enc.JSONEncoder, json.loads('1'))
import json
print(json.JSONDecoder().raw_decode('[1] x'), json.JSONDecoder().decode(' {} '))
from json import JSONDecodeError
from json.decoder import JSONDecodeError as E
print(E)
