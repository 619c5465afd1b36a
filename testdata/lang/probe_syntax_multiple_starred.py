first, *middle, *rest = 'héllo'
