import requests

API = 'https://api.github.com'   # a simulated GitHub: see the requests module
USER = 'uranusjr'

def send_repos_request():
    return requests.get(f'{API}/users/{USER}/repos')

def read_repos(response):
    response.raise_for_status()
    return response.json()

def send_forked_repo_requests(repos):
    forks = [repo['name'] for repo in repos if repo['fork']]
    return [requests.get(f'{API}/repos/{USER}/{name}') for name in forks]

def read_forked_repo_requests(responses):
    return [response.json() for response in responses]

def print_source_names(datasets):
    for data in datasets:
        print(data['source']['full_name'])

def run():
    response = send_repos_request()
    try:
        data = read_repos(response)
    except requests.HTTPError as error:
        print(error)
        return
    responses = send_forked_repo_requests(data)
    datasets = read_forked_repo_requests(responses)
    print_source_names(datasets)

run()
