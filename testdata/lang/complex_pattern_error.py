# A complex literal pattern needs a real part first.
match 1j:
    case 1j + 2j:
        pass
