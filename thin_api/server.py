"""The production web server: gunicorn, one worker process per CPU core, each with
threads. A page spends most of its time in Python (Flask, Jinja), which one process
runs on one core at a time (the GIL); the database waits overlap in the threads.

The app is created once, before the workers fork (preload), so they share its
secret key; each worker opens its own connection pool on its first request
(thin_api/db.py creates the gateway lazily), never one inherited from the parent.
"""
import os

from gunicorn.app.base import BaseApplication

THREADS = 8


class _Server(BaseApplication):
    def __init__(self, app, options: dict):
        self.application = app
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        return self.application


def serve(app, host: str, port: int, workers: int | None = None) -> None:
    workers = workers or os.cpu_count() or 1
    # At least one pooled connection per thread of a worker.
    app.config["DB_POOL_SIZE"] = max(app.config["DB_POOL_SIZE"], THREADS)
    _Server(app, {
        "bind": f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": THREADS,
        "preload_app": True,
        "accesslog": None,
        "keepalive": 30,  # seconds an idle browser connection stays open
        "graceful_timeout": 10,
    }).run()
