"""`python -m thin_api screenshots`: pictures of the main pages in German and French,
written to docs/screenshots/ for the README.

It starts a throwaway PostgreSQL cluster (a temporary folder, a free port), deploys,
loads the demo data, serves the app on 127.0.0.1 and drives Debian's Chromium with
Playwright (the same browser and flags as the browser tests), signing in as demo
users of Luzern (German) and Romandie (French) and as the admin.
"""
import re
import socket
import tempfile
import threading
from pathlib import Path

from . import browser, create_app, deploy, embedded_pg
from .demo_data import DEMO_PASSWORD, demo_users
from .demo_loader import load

# language -> (browser locale, the demo representative whose office speaks it)
LANGUAGES = {"de": ("de-CH", "luzern"), "fr": ("fr-CH", "romandie")}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _login(role: str, office: str | None = None) -> str:
    return next(u["login_name"] for u in demo_users()
                if u["role_code"] == role and (office is None or u["office_codes"] == [office]))


def _shoot(base_url: str, target: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(**browser.launch_args())
        for language, (locale, office) in LANGUAGES.items():
            def shot(page, name):
                path = target / f"{language}-{name}.png"
                page.screenshot(path=str(path), full_page=True)
                written.append(path)

            def signed_in(login):
                context = chromium.new_context(base_url=base_url, locale=locale,
                                              viewport={"width": 1280, "height": 860})
                page = context.new_page()
                page.goto("/login")
                page.fill("input[name=login_name]", login)
                page.fill("input[name=password]", DEMO_PASSWORD)
                page.click("#login-form button[type=submit]")
                page.wait_for_url(re.compile(r"/(leads|home)"))  # a representative starts at home
                return page

            context = chromium.new_context(base_url=base_url, locale=locale, viewport={"width": 1280, "height": 860})
            page = context.new_page()
            page.goto("/login")
            shot(page, "sign-in")
            page = signed_in(_login("representative", office))
            shot(page, "home")
            page.goto("/leads")
            shot(page, "leads")
            page.locator("table.leads-table tbody tr a").first.click()
            page.wait_for_url("**/leads/*")
            shot(page, "lead")
            page.goto("/profile")
            shot(page, "profile")
            page = signed_in(_login("admin"))
            page.goto("/admin/plz-ranges")
            shot(page, "plz-ranges")
            page.goto("/admin/users")
            shot(page, "users")
        chromium.close()
    return written


def main(target: Path) -> list[Path]:
    from waitress.server import create_server

    target.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="leadbase-screenshots-"))
    server_url = embedded_pg.ensure_running(folder, _free_port())
    try:
        admin_url = embedded_pg.ensure_database(server_url, "leadbase")
        deploy.deploy_postgres(admin_url)
        app_url = deploy.ensure_app_login(admin_url, embedded_pg.secret(folder, deploy.APP_LOGIN))
        load(admin_url, app_url)
        app = create_app({"DATABASE_URL": app_url, "DEMO": True})
        server = create_server(app, host="127.0.0.1", port=0, threads=4)
        threading.Thread(target=server.run, daemon=True).start()
        try:
            return _shoot(f"http://127.0.0.1:{server.effective_port}", target)
        finally:
            server.close()
    finally:
        embedded_pg.stop(folder)
