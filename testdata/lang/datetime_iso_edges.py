# fromisoformat's edge cases, as CPython's C parser reads them.
from datetime import *
for s in ['12:30:00.', '12:30:00:5', '12:30', '123', '12:3', '1230:00', '12:30:00.1234567x', '12:30:00.12x', 'T12', '', 'T', '12Z', '12Zx', '12+', '12+1', '12+01', '12+0130x', '12:30:00+01:30:00.5', '12:30:00.+01']:
  try: print(repr(s), repr(time.fromisoformat(s)))
  except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['2024-1', '2024-03', '2024-031', '2024-W011', '2024W01', '2024W011', '2024W01T1', '2024-W01-1T12', '2024-W0112', '2024-03-09T', '2024-03-09T12:00:00.', '20240309T12', '2024-03-09 12:00+05', '2024-03-09 12:00:61', '2024-W5', '2024-W53-1']:
  try: print(repr(s), repr(datetime.fromisoformat(s)))
  except Exception as e: print(repr(s), type(e).__name__, e)
