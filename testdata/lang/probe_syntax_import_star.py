names = ['Zoë', 'José']

def show():
    from string import *
    print(names)
