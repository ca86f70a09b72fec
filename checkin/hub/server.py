"""Running the hub: under uvicorn in the foreground (``checkin hub``), or in a thread on a
free port of 127.0.0.1 (tests and benchmarks)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import uvicorn

from checkin.hub import feed
from checkin.hub.app import create_app
from checkin.store import Store


def prepare(store: Store) -> None:
    """Make a station database a hub's: install the change feed."""
    feed.install(store)


def serve(
    store: Store,
    host: str = "0.0.0.0",
    port: int = 8765,
    *,
    certfile: str | Path | None = None,
    keyfile: str | Path | None = None,
    log_level: str = "info",
) -> None:
    """Serve until interrupted. TLS when a certificate and its key are given."""
    prepare(store)
    config = uvicorn.Config(
        create_app(store),
        host=host,
        port=port,
        log_level=log_level,
        ssl_certfile=str(certfile) if certfile else None,
        ssl_keyfile=str(keyfile) if keyfile else None,
        timeout_graceful_shutdown=5,
    )
    uvicorn.Server(config).run()


class ThreadedHub:
    """The hub (or any ASGI app) in a background thread on a free port; a context manager.

    ``url`` is known once started. ``app`` defaults to the hub over ``store``; pass a wrapped
    app (fault injection) to serve that instead.
    """

    def __init__(self, store: Store | None = None, *, app=None, host: str = "127.0.0.1",
                 port: int = 0, certfile=None, keyfile=None):
        if app is None:
            if store is None:
                raise TypeError("ThreadedHub serves a store or an app: give one")
            prepare(store)
            app = create_app(store)
        self.app = app
        self.host = host
        self.scheme = "https" if certfile else "http"
        self.port = 0
        self.url = ""
        # Port 0 (the default): the system picks a free port; uvicorn binds it itself (a
        # socket handed to it from outside answered tens of milliseconds slower, Nagle on the
        # accepted side).
        self.config = uvicorn.Config(
            app, host=host, port=port, log_level="warning", ssl_certfile=certfile,
            ssl_keyfile=keyfile, timeout_graceful_shutdown=1, lifespan="off",
        )
        self.server = uvicorn.Server(self.config)
        self.thread = threading.Thread(target=self.server.run, daemon=True, name="hub")

    def start(self) -> ThreadedHub:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the hub did not start")
            time.sleep(0.01)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"{self.scheme}://{self.host}:{self.port}"
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        writer = getattr(getattr(self.app, "state", None), "writer", None)
        if writer is not None:
            writer.stop()

    def __enter__(self) -> ThreadedHub:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
