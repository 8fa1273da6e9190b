"""The production web server (thin_api/server.py: gunicorn, a worker process per
core): what one process cannot show. Signed-in requests spread over several workers
keep working only if the workers share the app's secret key (the app is created
before they fork) and each opens its own database pool (a pool opened before the
fork would be shared by the processes, which would mix up their conversations)."""
import http.client
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

from .world import PASSWORD

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(port: int, method: str, path: str, cookie: str = "", body: dict | None = None):
    """One request on a connection of its own, so the workers take turns."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Cookie": cookie} if cookie else {}
    data = None
    if body is not None:
        data = urlencode(body)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=data, headers=headers)
    response = conn.getresponse()
    text = response.read().decode()
    conn.close()
    return response.status, response.getheader("Set-Cookie"), text


def test_signed_in_requests_work_on_every_worker(pg):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "LEADS_SECRET_KEY"}  # a generated key
    env.update(PYTHONPATH=str(ROOT), LEADS_DATABASE_URL=pg.gateway.url)
    server = subprocess.Popen([sys.executable, "-m", "thin_api", "serve", "--port", str(port), "--workers", "3"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, cookie, page = _request(port, "GET", "/login")
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode()
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        cookie = cookie.split(";", 1)[0]
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        status, signed_in, _ = _request(port, "POST", "/login", cookie, {
            "login_name": "lu.rep", "password": PASSWORD, "csrf_token": token})
        assert status == 302
        cookie = signed_in.split(";", 1)[0]
        for _ in range(30):
            status, _, page = _request(port, "GET", "/leads", cookie)
            assert status == 200 and "Luzern" in page and 'href="/leads/' in page
        # Three workers, each with its own process and pool, took turns with these.
        children = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True).stdout.split()
        assert len(children) == 3
    finally:
        server.terminate()
        server.wait(timeout=30)
