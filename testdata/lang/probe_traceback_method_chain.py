data = '  a,b  '
result = (data
          .strip()
          .split(',')
          [5])
