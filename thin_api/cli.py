"""Command line: `python -m thin_api <command>`.

  embedded    start (or reuse) the private PostgreSQL cluster in .leadbase/, deploy,
              load the demo data once, and serve on http://127.0.0.1:8000
  deploy      deploy db/postgres/ to LEADS_ADMIN_URL (a superuser URL); the app login
              leadbase_app gets LEADS_APP_PASSWORD if set
  demo-data   load the demo data through the app procedures (LEADS_ADMIN_URL for the
              first admin, LEADS_DATABASE_URL for the rest)
  serve       serve the web app for LEADS_DATABASE_URL
  screenshots pictures of the main pages in German and French into docs/screenshots/
              (a throwaway cluster with the demo data; Debian's Chromium)
  import      import a partner file: python -m thin_api import FILE --partner P --as-user LOGIN
              [--received-at YYYY-MM-DD] (LEADS_DATABASE_URL: the app login's URL)
  suppressions  add a suppression list (companies, phones, e-mail addresses or domains that
              refused advertising) as an admin: python -m thin_api suppressions FILE --as-user LOGIN
              (the same reader as import; the whole list in one transaction)
  retention   anonymize the leads past their retention period (app.apply_retention), as an
              admin: python -m thin_api retention --as-user LOGIN [--dry-run]; for a
              scheduled job (cron, systemd timer); idempotent
"""
import argparse
import os
from pathlib import Path

from . import deploy, embedded_pg

ROOT = Path(__file__).resolve().parent.parent
EMBEDDED_FOLDER = ROOT / ".leadbase" / "pg"
EMBEDDED_PORT = int(os.environ.get("LEADS_PG_PORT", "54329"))


def _admin_url(args) -> str:
    url = args.admin_url or os.environ.get("LEADS_ADMIN_URL")
    if not url:
        raise SystemExit("Set LEADS_ADMIN_URL (or --admin-url) to a superuser URL of the database.")
    return url


def cmd_deploy(args) -> None:
    url = _admin_url(args)
    count = deploy.deploy_postgres(url)
    deploy.ensure_app_login(url, os.environ.get("LEADS_APP_PASSWORD"))
    print(f"deployed {count} files; app login {deploy.APP_LOGIN}")


def cmd_demo_data(args) -> None:
    from .demo_loader import load

    app_url = os.environ.get("LEADS_DATABASE_URL")
    if not app_url:
        raise SystemExit("Set LEADS_DATABASE_URL to the web app's database URL.")
    print(load(_admin_url(args), app_url))


def cmd_serve(args) -> None:
    from . import create_app
    from .server import serve

    app = create_app()
    if not app.config["DATABASE_URL"]:
        raise SystemExit("Set LEADS_DATABASE_URL to the web app's database URL.")
    print(f"Leadbase on http://{args.host}:{args.port} ({args.workers} worker processes)")
    serve(app, host=args.host, port=args.port, workers=args.workers)


def cmd_embedded(args) -> None:
    from .demo_loader import load

    server = embedded_pg.ensure_running(EMBEDDED_FOLDER, EMBEDDED_PORT)
    admin_url = embedded_pg.ensure_database(server, "leadbase")
    print(f"PostgreSQL running in {EMBEDDED_FOLDER} on 127.0.0.1:{EMBEDDED_PORT}")
    deploy.deploy_postgres(admin_url)
    app_url = deploy.ensure_app_login(admin_url, embedded_pg.secret(EMBEDDED_FOLDER, deploy.APP_LOGIN))
    os.environ["LEADS_DATABASE_URL"] = app_url
    print(load(admin_url, app_url))
    os.environ.setdefault("LEADS_DEMO", "1")
    cmd_serve(args)


def cmd_screenshots(args) -> None:
    from .screenshots import main as take

    for path in take(ROOT / "docs" / "screenshots"):
        print(path.relative_to(ROOT))


def _app_user(login_name: str):
    """(gateway on LEADS_DATABASE_URL, user_id of the active user login_name)."""
    from .gateway import Gateway

    url = os.environ.get("LEADS_DATABASE_URL")
    if not url:
        raise SystemExit("Set LEADS_DATABASE_URL to the app login's database URL.")
    gateway = Gateway(url)
    found = gateway.call("get_user_credentials", login_name=login_name)
    if not found or not found[0]["is_active"]:
        raise SystemExit(f"No active user {login_name!r}.")
    return gateway, found[0]["user_id"]


def cmd_retention(args) -> None:
    gateway, user_id = _app_user(args.as_user)
    rows = gateway.call("apply_retention", as_user=user_id, dry_run=args.dry_run)
    verb = "due (dry run, nothing changed)" if args.dry_run else "anonymized"
    for r in rows:
        print(f"{r['office_code']}: {r['lead_count']} leads {verb}, {r['marker_count']} suppression markers "
              f"(retention {r['retention_months']} months)")


def cmd_import(args) -> None:
    from datetime import datetime, timezone

    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn
    from rich.table import Table

    from .imports import import_file

    gateway, user_id = _app_user(args.as_user)
    received_at = (datetime.fromisoformat(args.received_at).replace(tzinfo=timezone.utc)
                   if args.received_at else None)
    console = Console()
    with Progress("[progress.description]{task.description}", BarColumn(), DownloadColumn(),
                  TimeRemainingColumn(), console=console) as bar:
        task = bar.add_task(f"Importing {Path(args.file).name}", total=Path(args.file).stat().st_size)
        outcome = import_file(gateway, user_id, Path(args.file), args.partner, received_at,
                              progress=lambda done, total: bar.update(task, completed=done, total=total))
    if outcome.already_imported:
        console.print(f"Batch {outcome.batch_id}: this file was imported before; nothing changed.")
        return
    table = Table(title=f"Batch {outcome.batch_id}")
    table.add_column("outcome")
    table.add_column("rows", justify="right")
    for key, value in outcome.counts.items():
        table.add_row(key.removesuffix("_count").replace("_", " "), f"{value:,}")
    console.print(table)
    if outcome.ignored_columns:
        console.print("Columns not mapped (ignored): " + ", ".join(outcome.ignored_columns))


def cmd_suppressions(args) -> None:
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    from .errors import LeadbaseError
    from .imports import read_errors
    from .suppressions import SuppressionFileError, add_suppression_file

    gateway, user_id = _app_user(args.as_user)
    console = Console()
    path = Path(args.file)
    try:
        with Progress("[progress.description]{task.description}", BarColumn(), DownloadColumn(),
                      TimeRemainingColumn(), console=console) as bar:
            task = bar.add_task(f"Adding {path.name}", total=path.stat().st_size)
            outcome = add_suppression_file(gateway, user_id, path,
                                           progress=lambda done, total: bar.update(task, completed=done, total=total))
    except SuppressionFileError as error:
        if error.kind == "no_key_column":
            raise SystemExit("No column of the file names a key (company_name with plz, uid, phone, email or "
                             f"website, in German, French or English); its columns: {error.detail or '-'}. "
                             "Nothing was added.") from None
        if error.kind == "empty":
            raise SystemExit("The file has no entries. Nothing was added.") from None
        more = f" and {error.more} more" if error.more else ""
        raise SystemExit(f"Rows {', '.join(map(str, error.rows))}{more} have no usable key (company_name with plz, "
                         "uid, phone, email or website) or an until date that is not a date. Nothing was added.") \
            from None
    except LeadbaseError as error:
        raise SystemExit(f"{error.message} Nothing was added.") from None
    except read_errors() as error:
        raise SystemExit(f"The file could not be read as CSV or XLSX: {type(error).__name__}: {error}") from None
    console.print(f"{path.name}: {outcome.entry_count:,} entries, {outcome.key_count:,} keys added, "
                  f"{outcome.lead_count:,} existing leads marked no_advertising")
    if outcome.ignored_columns:
        console.print("Columns not used (ignored): " + ", ".join(outcome.ignored_columns))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m thin_api", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, func in [("embedded", cmd_embedded), ("deploy", cmd_deploy),
                       ("demo-data", cmd_demo_data), ("serve", cmd_serve),
                       ("screenshots", cmd_screenshots)]:
        p = sub.add_parser(name)
        p.set_defaults(func=func)
        p.add_argument("--admin-url", default=None)
        p.add_argument("--host", default="127.0.0.1")
        p.add_argument("--port", type=int, default=8000)
        p.add_argument("--workers", type=int, default=int(os.environ.get("LEADS_WEB_WORKERS", "0")) or None,
                       help="web worker processes (default: one per CPU core)")
    p = sub.add_parser("import", help="import a partner file")
    p.set_defaults(func=cmd_import)
    p.add_argument("file")
    p.add_argument("--partner", required=True)
    p.add_argument("--as-user", required=True, help="login of the manager or admin who imports")
    p.add_argument("--received-at", default=None, help="delivery date (default: now)")
    p = sub.add_parser("suppressions", help="add a suppression list")
    p.set_defaults(func=cmd_suppressions)
    p.add_argument("file")
    p.add_argument("--as-user", required=True, help="login of the admin who adds it")
    p = sub.add_parser("retention", help="anonymize leads past their retention period")
    p.set_defaults(func=cmd_retention)
    p.add_argument("--as-user", required=True, help="login of the admin who runs it")
    p.add_argument("--dry-run", action="store_true", help="count, change nothing")
    args = parser.parse_args(argv)
    args.func(args)
