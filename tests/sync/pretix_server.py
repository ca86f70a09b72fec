"""A real pretix server on 127.0.0.1, installed from PyPI, for the tests and the benchmark.

Three steps, each cached under ``.cache/pretix-<version>/`` so that only the first run on a
machine pays for them:

1. a virtual environment with ``pretix`` (and gunicorn) from PyPI, apart from ours, since pretix
   pins its own Django, Pillow, qrcode…;
2. a template database: pretix's migrations (more than a minute) and then the demo data, made by
   this very file run with the pretix environment's Python (``python pretix_server.py seed``);
3. per test session, a copy of the template and a server started on a free port, with a config
   file named by ``PRETIX_CONFIG_FILE``: no Redis, no debug.

The database is PostgreSQL where its server programs are installed (``scripts/system-deps.sh``
installs them), as pretix is deployed: pretix calls SQLite "supported for testing only", and
SQLite lets one writer in at a time. Each server then gets a PostgreSQL of its own (a copy of a
cached, migrated and seeded data directory, listening only on a Unix socket in a private
directory) and gunicorn serves it with several workers, so that requests sent together are
answered side by side, over kept-alive connections. Without PostgreSQL (or with
``CHECKIN_PRETIX_DB=sqlite``) it is SQLite and a single synchronous worker, as before.

The top of this module imports only the standard library: pytest imports it in our environment,
and the pretix environment runs its ``seed`` part.

The data: organizer ``aim``, event ``imc25`` (Africa/Bujumbura), four products, three check-in
lists and 200 order positions with seeded names. A few of them are there to be refused:
one order unpaid, one canceled, one position blocked, one whose secret was changed (the old
secret is revoked), one workshop ticket.
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

PRETIX_VERSION = "2026.8.0"
ORGANIZER = "aim"
EVENT = "imc25"
# A fixed API token: the server only ever listens on 127.0.0.1 and its data is made up.
TOKEN = "checkintestsyncapitoken0000000000000000000000000000000000000000"[:64]
POSITIONS = 200
SEED = 20250203

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("CHECKIN_PRETIX_CACHE", ROOT / ".cache")) / f"pretix-{PRETIX_VERSION}"


class PretixUnavailable(RuntimeError):
    """pretix could not be installed or started here; the message says why."""


# --- the parts that run in our environment --------------------------------------------------


def _run(cmd: list[str], *, env: dict | None = None, what: str, timeout: float = 900) -> str:
    try:
        done = subprocess.run(
            cmd, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PretixUnavailable(f"{what} failed: {error}") from error
    if done.returncode != 0:
        tail = (done.stdout + done.stderr)[-3000:]
        raise PretixUnavailable(f"{what} failed (exit {done.returncode}):\n{tail}")
    return done.stdout


@contextlib.contextmanager
def _locked(name: str) -> Iterator[None]:
    """One installer at a time, across processes (pytest-xdist, a bench beside the tests)."""
    import fcntl  # POSIX only, as is gunicorn: start() says so elsewhere

    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / f"{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _base_python() -> str:
    # A venv made from inside our venv would still be a plain interpreter, but say so plainly.
    return getattr(sys, "_base_executable", None) or sys.executable


def venv_python() -> Path:
    """The pretix environment's interpreter, installing it the first time."""
    if os.name != "posix":
        raise PretixUnavailable("the pretix test server runs on Linux or macOS (gunicorn)")
    venv = CACHE / "venv"
    python = venv / "bin" / "python"
    marker = venv / ".installed"
    if marker.exists():
        return python
    with _locked("venv"):
        if marker.exists():
            return python
        shutil.rmtree(venv, ignore_errors=True)
        _run([_base_python(), "-m", "venv", str(venv)], what="creating the pretix venv")
        _run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             f"pretix=={PRETIX_VERSION}", "gunicorn"],
            what=f"pip install pretix=={PRETIX_VERSION}",
        )
        marker.write_text(PRETIX_VERSION)
    return python


def _config(data_dir: Path, port: int, db: Path | Postgres) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "pretix.cfg"
    if isinstance(db, Postgres):
        database = ["backend=postgresql", f"name={db.name}", f"user={db.user}",
                    f"host={db.socket_dir}", f"port={db.port}"]
    else:
        database = ["backend=sqlite3", f"name={db}"]
    path.write_text(
        "\n".join(
            [
                "[pretix]",
                "instance_name=Check-in test pretix",
                f"url=http://127.0.0.1:{port}",
                f"datadir={data_dir}",
                "ecb_rates=off",
                "currency=EUR",
                "[database]",
                *database,
                "[django]",
                "debug=off",
                "secret=made-up-secret-for-a-local-test-server-only",
                "[mail]",
                "from=pretix@localhost",
                "[locale]",
                "timezone=UTC",
                "",
            ]
        )
    )
    return path


def _env(config: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PRETIX_CONFIG_FILE"] = str(config)
    env["DJANGO_SETTINGS_MODULE"] = "pretix.settings"
    return env


def _seed_key() -> str:
    """The template is rebuilt whenever the seed (its code or its data) changes."""
    made_of = inspect.getsource(seed) + repr(
        (ORGANIZER, EVENT, TOKEN, POSITIONS, SEED, FIRST, LAST, COMPANIES, COUNTRIES)
    )
    return hashlib.sha256(made_of.encode("utf-8")).hexdigest()[:12]


def template_db() -> Path:
    """A migrated and seeded pretix database, made once per pretix version and seed."""
    template = CACHE / f"template-{_seed_key()}.sqlite3"
    if template.exists():
        return template
    python = venv_python()
    with _locked("template"):
        if template.exists():
            return template
        work = CACHE / "template-build"
        shutil.rmtree(work, ignore_errors=True)
        db = work / "db.sqlite3"
        env = _env(_config(work, 0, db))
        _run([str(python), "-m", "pretix", "migrate", "--noinput"], env=env,
             what="pretix migrate")
        _run([str(python), str(Path(__file__).resolve()), "seed"], env=env, what="seeding pretix")
        for old in CACHE.glob("template-*.sqlite3"):
            old.unlink()
        shutil.copyfile(db, template)
        shutil.rmtree(work, ignore_errors=True)
    return template


# --- PostgreSQL: one private server per pretix -----------------------------------------------


def postgres_bin() -> Path | None:
    """The directory of PostgreSQL's server programs (initdb, postgres), or None: then SQLite.
    Debian keeps them out of the PATH, under /usr/lib/postgresql/<major>/bin."""
    if os.environ.get("CHECKIN_PRETIX_DB", "").lower() == "sqlite" or os.name != "posix":
        return None
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                    key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0)
    if debian and os.geteuid() == 0:
        try:  # PostgreSQL will not run as root: it runs as the user the package made
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return None
    return debian[-1].parent if debian else None


def postgres_version(bindir: Path) -> str:
    """The major version ("15"): a data directory is made for one."""
    out = _run([str(bindir / "postgres"), "--version"], what="postgres --version")
    return out.split()[-1].split(".")[0]


class Postgres:
    """A PostgreSQL server of our own, in a private directory under the system's temporary
    directory (short enough for its Unix socket), listening on that socket only. When the
    tests run as root it runs as the ``postgres`` user. A test server's data is thrown away,
    so it does not wait for the disk (fsync off), like a CI database."""

    name = user = "pretix"
    port = 5432  # names the socket only: nothing listens on TCP

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.home = Path(tempfile.mkdtemp(prefix="checkin-pg-"))
        self.data = self.home / "data"
        self.socket_dir = self.home
        self.process: subprocess.Popen | None = None
        self._as = {}
        if os.geteuid() == 0:
            import pwd

            owner = pwd.getpwnam("postgres")
            self._as = {"user": owner.pw_uid, "group": owner.pw_gid, "extra_groups": []}
            os.chown(self.home, owner.pw_uid, owner.pw_gid)

    @property
    def version(self) -> str:
        return postgres_version(self.bindir)

    def _env(self) -> dict:
        return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8",
                "LANG": "C.UTF-8", "TZ": "UTC"}

    def initdb(self) -> None:
        done = subprocess.run(
            [str(self.bindir / "initdb"), "-D", str(self.data), "-U", self.user, "-A", "trust",
             "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
            env=self._env(), cwd=self.home, capture_output=True, text=True, check=False,
            **self._as,
        )
        if done.returncode != 0:
            raise PretixUnavailable(f"initdb failed:\n{(done.stdout + done.stderr)[-2000:]}")

    def adopt(self, template: Path) -> None:
        """This server's data: a copy of a template data directory."""
        shutil.copytree(template, self.data, symlinks=True)
        if self._as:
            for where, dirs, files in os.walk(self.data):
                for name in [where, *(os.path.join(where, n) for n in dirs + files)]:
                    os.lchown(name, self._as["user"], self._as["group"])
        self.data.chmod(0o700)

    def start(self, timeout: float = 60) -> None:
        log = open(self.home / "postgres.log", "a")
        self.process = subprocess.Popen(
            [str(self.bindir / "postgres"), "-D", str(self.data), "-k", str(self.socket_dir),
             "-p", str(self.port), "-c", "listen_addresses=", "-c", "fsync=off",
             "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
             "-c", "max_connections=40", "-c", "shared_buffers=32MB"],
            env=self._env(), cwd=self.home, stdout=log, stderr=subprocess.STDOUT,
            preexec_fn=lambda: _die_with_parent(signal.SIGQUIT), **self._as,
        )
        log.close()  # the server writes through its own copy
        deadline = time.monotonic() + timeout
        ready = [str(self.bindir / "pg_isready"), "-q", "-h", str(self.socket_dir),
                 "-p", str(self.port), "-U", self.user, "-d", "postgres"]
        while subprocess.run(ready, env=self._env(), check=False).returncode != 0:
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise PretixUnavailable(
                    "PostgreSQL did not start:\n" + (self.home / "postgres.log").read_text()[-2000:]
                )
            time.sleep(0.1)

    def query(self, sql: str, database: str | None = None) -> list[list[str]]:
        out = _run([str(self.bindir / "psql"), "-X", "-q", "-At", "-F", "\t",
                    "-h", str(self.socket_dir), "-p", str(self.port), "-U", self.user,
                    "-d", database or self.name, "-c", sql],
                   env=self._env(), what=f"psql {sql[:40]!r}", timeout=60)
        return [line.split("\t") for line in out.splitlines()]

    def stop(self, *, remove: bool = True) -> None:
        """A fast shutdown (a clean one: the directory can be a template), then away."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        if remove:
            shutil.rmtree(self.home, ignore_errors=True)


def _sweep(older_than: float = 3600) -> None:
    """Remove the private directories of PostgreSQL servers that died with a killed test run
    (about 80 MB each): old, and no live server in them."""
    for home in Path(tempfile.gettempdir()).glob("checkin-pg-*"):
        try:
            if time.time() - home.stat().st_mtime < older_than:
                continue
            pid_file = home / "data" / "postmaster.pid"
            if pid_file.exists():
                try:
                    os.kill(int(pid_file.read_text().split()[0]), 0)
                    continue  # still running
                except ProcessLookupError:
                    pass
        except (OSError, ValueError, IndexError):
            continue
        shutil.rmtree(home, ignore_errors=True)


def template_pgdata(bindir: Path) -> Path:
    """A PostgreSQL data directory holding the migrated and seeded pretix, made once per
    pretix version, PostgreSQL major version and seed."""
    python = venv_python()
    template = CACHE / f"pgdata-{postgres_version(bindir)}-{_seed_key()}"
    if template.exists():
        return template
    with _locked("template"):
        if template.exists():
            return template
        pg = Postgres(bindir)
        try:
            pg.initdb()
            pg.start()
            pg.query(f"CREATE DATABASE {pg.name}", database="postgres")
            env = _env(_config(pg.home / "pretix", 0, pg))
            _run([str(python), "-m", "pretix", "migrate", "--noinput"], env=env,
                 what="pretix migrate")
            _run([str(python), str(Path(__file__).resolve()), "seed"], env=env,
                 what="seeding pretix")
            pg.stop(remove=False)
            for old in CACHE.glob("pgdata-*"):
                shutil.rmtree(old, ignore_errors=True)
            building = CACHE / "pgdata-build"
            shutil.rmtree(building, ignore_errors=True)
            shutil.copytree(pg.data, building, symlinks=True)
            building.rename(template)
        finally:
            pg.stop()
    return template


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# pretix on PostgreSQL: two worker processes (this machine's and CI's two cores) of two threads
# each, with the app loaded once before they fork: four requests served side by side over
# kept-alive connections (a synchronous worker closes the connection after each answer).
WORKERS, THREADS = 2, 2


@dataclass
class PretixServer:
    """A running pretix; ``stop()`` ends it. ``api()`` talks to it as an admin would."""

    url: str
    organizer: str
    event: str
    token: str
    data_dir: Path
    process: subprocess.Popen | None
    python: Path
    config: Path
    database: Postgres | None = None  # None: SQLite, data_dir / "db.sqlite3"

    @property
    def event_api(self) -> str:
        return f"{self.url}/api/v1/organizers/{self.organizer}/events/{self.event}"

    @property
    def description(self) -> str:
        if self.database is None:
            return "SQLite, 1 synchronous gunicorn worker"
        return (f"PostgreSQL {self.database.version}, {WORKERS} gunicorn workers of "
                f"{THREADS} threads")

    def api(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        """One REST call with the admin token: the test's view of the pretix side."""
        url = path if path.startswith("http") else self.event_api + path
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Authorization", f"Token {self.token}")
        request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                text = response.read().decode()
                return response.status, (json.loads(text) if text else {})
        except urllib.error.HTTPError as error:
            text = error.read().decode()
            try:
                return error.code, json.loads(text)
            except ValueError:
                return error.code, {"text": text[:500]}

    def all_pages(self, path: str) -> list[dict]:
        results: list[dict] = []
        url: str | None = path
        while url:
            status, page = self.api("GET", url)
            if status != 200:
                raise AssertionError(f"GET {url}: {status} {page}")
            results.extend(page["results"])
            url = page.get("next")
        return results

    def list_ids(self) -> dict[str, int]:
        """Check-in list name → id."""
        return {cl["name"]: cl["id"] for cl in self.all_pages("/checkinlists/")}

    def secrets(self) -> dict[int, str]:
        """Position id → secret, as they are now (cancelled positions included)."""
        found = {}
        for order in self.all_pages("/orders/?include_canceled_positions=true&page_size=50"):
            for position in order["positions"]:
                found[position["id"]] = position["secret"]
        return found

    def query(self, sql: str) -> list[tuple[str, ...]]:
        """One SQL query straight in pretix's database (which outlives a killed pretix), each
        value as text."""
        if self.database is not None:
            return [tuple(row) for row in self.database.query(sql)]
        import sqlite3

        with contextlib.closing(sqlite3.connect(self.data_dir / "db.sqlite3")) as db:
            return [tuple(str(v) for v in row) for row in db.execute(sql)]

    def serve(self, *, timeout: float = 120) -> None:
        """Start gunicorn on the server's port and wait until the API answers; also starts it
        again after it was killed, on the same database."""
        port = self.url.rsplit(":", 1)[1]
        if self.database is not None:
            # idle connections kept 75 s, as nginx in front of pretix does: longer than the
            # client keeps them (httpx: 5 s), so the server never closes one the client is
            # about to reuse
            workers = ["--workers", str(WORKERS), "--worker-class", "gthread",
                       "--threads", str(THREADS), "--preload", "--keep-alive", "75"]
        else:
            # SQLite takes one writer at a time: one synchronous worker
            workers = ["--workers", "1"]
        old = self.process
        if old is not None:  # killed (or still running): reaped before the next one starts
            if old.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(old.pid, signal.SIGKILL)
            old.wait(timeout=15)
        log = open(self.data_dir / "server.log", "a")
        self.process = subprocess.Popen(
            [str(self.python.parent / "gunicorn"), "pretix.wsgi", "--bind", f"127.0.0.1:{port}",
             *workers, "--timeout", "120", "--log-level", "warning"],
            env=_env(self.config),
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.data_dir,
            preexec_fn=_die_with_parent,
            start_new_session=True,  # its own process group: stop() ends master and workers
        )
        log.close()
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise PretixUnavailable(
                    "pretix stopped at start:\n"
                    + (self.data_dir / "server.log").read_text()[-3000:]
                )
            try:
                status, _ = self.api("GET", f"{self.url}/api/v1/organizers/")
                if status == 200:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise PretixUnavailable(f"pretix did not answer on port {port} in {timeout:.0f} s")
            time.sleep(0.2)

    def stop(self) -> None:
        """gunicorn's processes are killed at once: pretix's own stop takes seconds (each
        worker tears a large interpreter down) and a test server has nothing to save; its
        database keeps what it committed."""
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=15)
        if self.database is not None:
            self.database.stop()


def _prctl():
    """libc's prctl, looked up in the parent: a child that runs as another user may not read
    our interpreter's files any more."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL("libc.so.6", use_errno=True).prctl
    except (OSError, AttributeError):
        return None


_PRCTL = _prctl()


def _die_with_parent(sig: int = signal.SIGTERM) -> None:
    """In the child, on Linux: end with the test run even when pytest is killed."""
    if _PRCTL is not None:
        _PRCTL(1, sig)  # PR_SET_PDEATHSIG


def start(data_dir: Path, *, timeout: float = 120) -> PretixServer:
    """Install (once), copy the template, start gunicorn on 127.0.0.1 (and PostgreSQL) and
    wait until the API answers."""
    python = venv_python()
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    bindir = postgres_bin()
    database: Postgres | None = None
    if bindir is not None:
        _sweep()
        template = template_pgdata(bindir)
        database = Postgres(bindir)
        try:
            database.adopt(template)
            database.start()
        except BaseException:
            database.stop()
            raise
        config = _config(data_dir, port, database)
    else:
        db = data_dir / "db.sqlite3"
        shutil.copyfile(template_db(), db)
        config = _config(data_dir, port, db)
    server = PretixServer(f"http://127.0.0.1:{port}", ORGANIZER, EVENT, TOKEN, data_dir,
                          None, python, config, database)
    try:
        server.serve(timeout=timeout)
    except BaseException:
        server.stop()
        raise
    return server


# --- the part that runs in the pretix environment --------------------------------------------

FIRST = ["Hélène", "Kouadio", "Élodie", "John", "Wu", "Aminata", "Jean-Bosco", "Claudine",
         "Pierre", "Fatou", "Emmanuel", "Grâce", "Ibrahim", "Marie", "Olivier", "Nadia",
         "Désiré", "Agnès", "Moussa", "Béatrice"]
LAST = ["Ndayishimiye", "N'Guessan", "Nkurunziza-Habonimana", "Smith", "Li", "Diallo",
        "Hakizimana", "Uwimana", "Dupont", "Sow", "Niyonzima", "Irakoze", "Traoré", "Martin",
        "Bizimana", "Kaboré", "Ntahomvukiye", "Mbeki", "Nshimirimana", "Lefèvre"]
COMPANIES = ["Mutuelle de la Fonction Publique", "MUGEF-CI", "PAMUSAB", "ILO", "AIM", "FNMF",
             "MASMUT", "Ministère de la Solidarité", ""]
COUNTRIES = ["BI", "CI", "BE", "FR", "SN", "RW", "CH", "ML", "BF", "CD"]


def seed() -> None:  # pragma: no cover - runs inside the pretix environment
    import random
    from datetime import datetime, timedelta, timezone
    from decimal import Decimal

    import django

    django.setup()
    from django.db import transaction
    from django_scopes import scopes_disabled
    from pretix.base.models import (
        CheckinList,
        Event,
        Item,
        Order,
        OrderPosition,
        Organizer,
        Quota,
        RevokedTicketSecret,
        Team,
    )

    rng = random.Random(SEED)
    utc = UTC
    with scopes_disabled():
        organizer = Organizer.objects.create(name="AIM", slug=ORGANIZER)
        event = Event.objects.create(
            organizer=organizer,
            slug=EVENT,
            name={"fr": "Conférence internationale de la Mutualité",
                  "en": "International Mutualist Conference"},
            date_from=datetime(2025, 2, 3, 6, 0, tzinfo=utc),
            date_to=datetime(2025, 2, 4, 16, 0, tzinfo=utc),
            location={"fr": "Bujumbura", "en": "Bujumbura"},
            currency="EUR",
            live=True,
        )
        event.settings.timezone = "Africa/Bujumbura"
        event.settings.locales = ["fr", "en"]
        event.settings.locale = "fr"
        event.settings.name_scheme = "given_family"

        def item(fr: str, en: str, price: str) -> Item:
            return Item.objects.create(
                event=event, name={"fr": fr, "en": en}, default_price=Decimal(price),
                admission=True, active=True,
            )

        participant = item("Participant", "Participant", "50")
        speaker = item("Intervenant", "Speaker", "0")
        press = item("Presse", "Press", "0")
        workshop = item("Atelier A – délégation de gestion", "Workshop A – management delegation",
                        "20")
        quota = Quota.objects.create(event=event, name="Toutes les places", size=None)
        quota.items.add(participant, speaker, press, workshop)

        CheckinList.objects.create(
            event=event, name="Plénière d'ouverture", all_products=True, include_pending=False,
        )
        workshop_list = CheckinList.objects.create(
            event=event, name="Atelier A", all_products=False, include_pending=False,
        )
        workshop_list.limit_products.add(workshop)
        # A list whose rule refuses everyone until 2099: the "rules" refusal, on demand.
        CheckinList.objects.create(
            event=event, name="Salon VIP", all_products=True, allow_entry_after_exit=True,
            rules={"isAfter": [{"var": "now"}, {"buildTime": ["custom", "2099-01-01T00:00:00Z"]},
                               None]},
        )

        team = Team.objects.create(
            organizer=organizer, name="Check-in", all_events=True, all_event_permissions=True,
            all_organizer_permissions=True,
        )
        team.tokens.create(name="Check-in tests", token=TOKEN)

        def secret() -> str:
            return "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(32))

        channel = organizer.sales_channels.get(identifier="web")
        kinds = [participant] * 16 + [speaker] * 3 + [press]
        for n in range(POSITIONS):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            product = kinds[rng.randrange(len(kinds))]
            status = Order.STATUS_PAID
            if n == 0:
                product = workshop
            elif n == 1:
                status = Order.STATUS_PENDING
            elif n == 2:
                status = Order.STATUS_CANCELED
            with transaction.atomic():
                order = Order.objects.create(
                    event=event, status=status, email=f"person{n}@example.org",
                    locale=rng.choice(["fr", "fr", "en"]), total=product.default_price,
                    sales_channel=channel,
                    datetime=datetime(2025, 1, 10, tzinfo=utc) + timedelta(minutes=n),
                    expires=datetime(2025, 1, 31, tzinfo=utc),
                )
                position = OrderPosition.objects.create(
                    order=order, item=product, price=product.default_price, positionid=1,
                    attendee_name_parts={"_scheme": "given_family", "given_name": first,
                                         "family_name": last},
                    attendee_email=f"person{n}@example.org",
                    company=rng.choice(COMPANIES),
                    country=rng.choice(COUNTRIES),
                    secret=secret(),
                )
                if n == 3:
                    position.blocked = ["admin"]
                    position.save(update_fields=["blocked"])
                elif n == 4:
                    RevokedTicketSecret.objects.create(
                        event=event, position=position, secret=position.secret,
                    )
                    position.secret = secret()  # a badge printed before has the old one
                    position.save(update_fields=["secret"])
                order.create_transactions()
    print("seeded", POSITIONS, "positions")


if __name__ == "__main__":  # pragma: no cover
    if sys.argv[1:] == ["seed"]:
        seed()
    elif sys.argv[1:2] == ["serve"]:
        # scripts/pretix-server.sh: a server to try the pretix source by hand.
        where = Path(sys.argv[2]) if len(sys.argv) > 2 else CACHE / "manual"
        running = start(where)
        print(f"pretix at {running.url}, organizer {ORGANIZER}, event {EVENT}, "
              f"token {running.token}  (Ctrl-C stops it)", flush=True)
        try:
            running.process.wait()
        except KeyboardInterrupt:
            running.stop()
    else:
        sys.exit("usage: pretix_server.py seed | serve [DIR]")
