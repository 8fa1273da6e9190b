"""How Leadbase starts a browser (the browser tests and `python -m thin_api
screenshots`): Debian's Chromium by path, never a browser downloaded by Playwright.
Flags: headless, no sandbox (runs as root), and no background networking (the
machines' network is closed; without them Chromium retries refused connections)."""
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]


def launch_args() -> dict:
    """Keyword arguments for Playwright's chromium.launch()."""
    if not CHROMIUM.exists():
        raise SystemExit("Debian's chromium is missing: ./leadbase test installs it (apt-get install chromium)")
    return {"executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS, "headless": True}
