"""The real-browser harness (pytest-playwright with Debian's Chromium): one Leadbase
web server per test session, on its own copy of the test world, served by waitress
on a free port of 127.0.0.1. Fixtures are wired in tests/conftest.py:

    def test_something(page, browser_world):       # page: a fresh browser tab
        sign_in(page, "lu.rep")
        page.goto("/leads")

Chromium comes from Debian's package (`./leadbase` installs it), started as
thin_api/browser.py says; Playwright never downloads a browser.
"""
import re
import threading

from .world import PASSWORD


class LiveServer:
    """The Flask app served by waitress in a daemon thread."""

    def __init__(self, app):
        from waitress.server import create_server

        self.server = create_server(app, host="127.0.0.1", port=0, threads=4)
        self.url = f"http://127.0.0.1:{self.server.effective_port}"
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.close()


def sign_in(page, login_name: str, password: str = PASSWORD) -> None:
    """Signs in through the sign-in page and waits for the first page: a
    representative's home page, everyone else's lead list."""
    page.goto("/login")
    page.fill("input[name=login_name]", login_name)
    page.fill("input[name=password]", password)
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(r"/(leads|home)"))
