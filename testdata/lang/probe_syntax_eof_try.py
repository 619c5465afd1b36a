def fetch(url):
    try:
        return url.upper()
