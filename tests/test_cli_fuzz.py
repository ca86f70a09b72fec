"""The command line never prints a traceback, whatever it is given.

Every sub-command is found by walking the argparse parser (a command added tomorrow is fuzzed
without touching this file). Each runs in a forked child, so that a crash, a hang or a server
cannot take the test down with it, against:

- hostile databases (missing, empty, binary, a folder, a CSV file, a newer version, damaged);
- each of its arguments replaced by hostile values: files (binary, empty, one huge line,
  Windows-1252 and UTF-16 text, NUL bytes, JSON nested 100,000 deep, a cut XLSX, a folder, a
  missing path, a read-only or full device, a path through a file) and strings (empty, huge,
  negative, overflowing, NaN, undecodable bytes, escape sequences, SQL, path traversal…);
- hostile standard input (for ``scan --source keyboard``).

A case fails when the child's output holds "Traceback" (the child prints one for any exception
that leaves ``checkin.cli.main``, exactly as the console would), or when it says nothing at all
after a failure.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import shutil
import signal
import sqlite3
import sys
import time
import traceback
import zipfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from checkin import cli
from checkin.store import Store

TIMEOUT_S = 6.0  # a case still running then is a server or a live source: stopped, not failed


# --- the commands, from the parser ------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]  # e.g. ("export", "attendance")
    parser: argparse.ArgumentParser

    @property
    def name(self) -> str:
        return " ".join(self.words)

    def arguments(self) -> list[argparse.Action]:
        return [a for a in self.parser._actions
                if not isinstance(a, (argparse._HelpAction, argparse._SubParsersAction))
                and a.nargs != 0 and a.dest != "db"]


def commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> list[Command]:
    found = []
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    runs = "handler" in parser._defaults
    if words and (runs or not subs):
        found.append(Command(words, parser))
    for action in subs:
        for name, sub in action.choices.items():
            if name in action._name_parser_map and sub is not parser:
                found += commands(sub, (*words, name))
    # An alias shares its parser: keep the first name only.
    seen, unique = set(), []
    for command in found:
        if id(command.parser) not in seen:
            seen.add(id(command.parser))
            unique.append(command)
    return unique


ALL = commands(cli.build_parser())


def test_the_parser_walk_finds_every_command():
    names = {c.name for c in ALL}
    for expected in ("import", "stats", "admit", "scan", "export attendance", "hub",
                     "hub token add", "bundle merge", "sync", "search", "badges"):
        assert expected in names
    assert len(ALL) >= 30


# --- hostile material ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("hostile")
    rng = random.Random(13)
    made: dict[str, Path] = {}

    def put(name: str, data: bytes) -> Path:
        path = root / name
        path.write_bytes(data)
        made[name] = path
        return path

    put("binary.csv", bytes(rng.getrandbits(8) for _ in range(65_536)))
    put("empty.csv", b"")
    put("huge-line.csv", b"Nom;Pr\xc3\xa9nom\n" + b"A" * 3_000_000 + b";x\n")
    put("cp1252.csv", "Nom;Prénom;Pays\nNdayishimiye;Hélène;Côte d’Ivoire\n".encode("cp1252")
        + b"\x81\x8d\x8f\x90\x9d;\xff\xfe;\n")
    put("utf16.csv", "Nom;Prénom\nDoe;Jane\n".encode("utf-16"))
    put("nul.csv", b"Nom;Pr\x00nom\nDoe\x00;Jane\x00\n\x00\x00\x00")
    put("deep.json", b"[" * 100_000 + b"]" * 100_000)
    put("bundle-odd.json", json.dumps({
        "format": "checkin-bundle", "version": 1, "station": {"id": "../../etc/passwd"},
        "checkins": [{"uuid": "", "attendee_id": "\udcff", "session_id": None,
                      "at": "0001-01-01T00:00:00+05:00"}],
        "voids": [{"uuid": "v", "checkin_uuid": "x" * 100_000, "at": "9999-12-31T23:00:00-05:00"}],
    }).encode())
    put("not-json.json", b"{\"format\": \"checkin-bundle\", ")
    put("cut.xlsx", _xlsx_bytes()[:700])
    put("zip-not-xlsx.xlsx", _zip_bytes())
    put("binary.png", bytes(rng.getrandbits(8) for _ in range(4096)))
    put("binary.mp4", b"\x00\x00\x00\x18ftypmp42" + bytes(rng.getrandbits(8) for _ in range(200_000)))
    put("token.txt", b"\xff\xfe\x00garbage\n")
    (root / "folder").mkdir()
    made["folder"] = root / "folder"
    made["missing"] = root / "no" / "such" / "file.csv"
    made["through-a-file"] = made["empty.csv"] / "x.csv"
    # A named pipe where a file is expected (not /dev/full: an export that replaced it, as
    # root, would break the machine's /dev/full for everyone, as a bug here once did).
    os.mkfifo(root / "fifo")
    made["fifo"] = root / "fifo"
    made["/proc/version"] = Path("/proc/version")
    return made


def _xlsx_bytes() -> bytes:
    from checkin.reports.exports import write_xlsx
    from checkin.reports.tables import Table

    buffer = Path(os.environ.get("TMPDIR", "/tmp")) / f"fuzz-{os.getpid()}.xlsx"
    write_xlsx([Table("t", ("Nom", "Prénom"), (("Doe", "Jane"),) * 50)], buffer)
    data = buffer.read_bytes()
    buffer.unlink()
    return data


def _zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not-xml")
    return out.getvalue()


HOSTILE_TEXT = (
    "", " ", "-1", "0", "1e309", "nan", "-inf", "99999999999999999999999", "x" * 100_000,
    "é漢字\u202egnp.exe", "\udcff\udcfe", "../../../../etc/passwd", "'; drop table attendees; --",
    "\x1b[2J\x1b]0;owned\x07", "2025-02-30", "http://", "127.0.0.1:99999", "%s%n%x",
    "a\nb\rc\td",
)
HOSTILE_PATHS = ("binary.csv", "empty.csv", "huge-line.csv", "cp1252.csv", "utf16.csv",
                 "nul.csv", "deep.json", "bundle-odd.json", "not-json.json", "cut.xlsx",
                 "zip-not-xlsx.xlsx", "binary.png", "binary.mp4", "token.txt", "folder",
                 "missing", "through-a-file", "fifo", "/proc/version")


@pytest.fixture(scope="module")
def station_template(tmp_path_factory) -> Path:
    """A small station: two sessions, eight people, a few check-ins (the exports, badges and
    certificates cases draw PDFs: a small event keeps each case short)."""
    from checkin.reception import Reception
    from tests.kill_storm import T0, make_station

    path = tmp_path_factory.mktemp("template") / "station.db"
    make_station(path, people=8)
    store = Store(path)
    reception = Reception(store, clock=lambda: T0 + timedelta(minutes=5))
    for person in store.attendees()[:5]:
        reception.admit(person.token, "plenary")
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def hostile_dbs(template: Path, folder: Path, files: dict[str, Path]) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    dbs = {"missing": folder / "typo.db", "empty": files["empty.csv"],
           "binary": files["binary.csv"], "folder": files["folder"],
           "csv": files["cp1252.csv"]}
    newer = folder / "newer.db"
    shutil.copy(template, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 9999")
    conn.close()
    dbs["newer"] = newer
    damaged = folder / "damaged.db"
    shutil.copy(template, damaged)
    conn = sqlite3.connect(damaged)
    root = conn.execute("select rootpage from sqlite_master where name = 'attendees'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(damaged, "r+b") as handle:
        handle.seek((root - 1) * page + 8)
        handle.write(b"\xff" * 32)
    dbs["damaged"] = damaged
    return dbs


# --- building argument lists ---------------------------------------------------------------

PATHLIKE = {"file", "output", "folder", "png", "out", "token_file", "cafile", "cert", "key"}


def plausible(command: Command, action: argparse.Action, work: Path, files) -> str:
    """A value that lets the command get past the parser, so the hostile one is what fails."""
    dest = action.dest
    if action.choices:
        return str(next(iter(action.choices)))
    if dest == "file":
        if command.words[0] == "import":
            (work / "list.csv").write_text("Nom;Prénom\nDoe;Jane\n", encoding="utf-8")
            return str(work / "list.csv")
        return str(work / "bundle.json")
    if dest == "output":
        suffix = ".pdf" if command.words[-1] in ("sheet", "summary", "badges", "certificates") \
            else ".xlsx" if command.words[-1] == "workbook" else ".csv"
        return str(work / f"out{suffix}")
    if dest in ("folder", "png"):
        return str(work / "out-folder")
    if dest == "token_file":
        (work / "token").write_text("abcdefghijklmnopqrstuvwxyz123456\n")
        return str(work / "token")
    if dest == "source":
        return "keyboard"
    if dest in ("url",):
        return "http://127.0.0.1:9"
    if dest in ("start", "event_start", "end", "event_end", "day", "issued"):
        return "2025-02-03"
    if dest in ("timezone", "event_timezone"):
        return "UTC"
    if dest in ("code", "event_code"):
        return "AB"
    if dest == "host":
        return "127.0.0.1"
    if dest == "port":
        return "0"
    if dest == "session":
        return "plenary"
    if action.type in (int, float):
        return "1"
    return "door-a"


def argv_for(command: Command, work: Path, files, replace: tuple[argparse.Action, str] | None = None):
    argv: list[str] = []
    positionals: list[str] = []
    for action in command.arguments():
        hostile = replace is not None and replace[0] is action
        if not hostile and not action.required and action.option_strings \
                and action.dest not in ("host", "port"):
            continue
        value = replace[1] if hostile else plausible(command, action, work, files)
        if action.option_strings:
            argv += [action.option_strings[-1], value]
        else:
            positionals.append(value)
    # Mutually exclusive groups that need one (badges: -o or --png).
    for group in command.parser._mutually_exclusive_groups:
        if group.required and not any(a.option_strings[-1] in argv for a in group._group_actions):
            action = group._group_actions[0]
            argv += [action.option_strings[-1], plausible(command, action, work, files)]
    return [*command.words, *argv, *positionals]


# --- running one case ----------------------------------------------------------------------


@dataclass
class Outcome:
    argv: list[str]
    status: int | None  # None: stopped after TIMEOUT_S
    out: str
    err: str


# The cases run in children of a fork server that has imported the command line but not
# OpenCV: forking pytest itself, with OpenCV's threads started by other tests, crashes
# children in cv2 for no fault of the code under test.
_PRELOAD = ["checkin.cli", "checkin.commands.core", "checkin.commands.desk",
            "checkin.commands.reports", "checkin.commands.sync", "checkin.reports.exports",
            "checkin.store", "checkin.demo", "fpdf", "PIL.Image", "qrcode", "httpx"]
_context = None


def _fork_context():
    global _context
    if _context is None:
        import multiprocessing

        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload([m for m in _PRELOAD if _importable(m)])
    return _context


def _importable(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _child(argv: list[str], work: str, stdin: str | None) -> None:
    """Run ``checkin`` as the console would, its output in files of ``work``."""
    os.chdir(work)
    os.setpgid(0, 0)
    out = os.open("stdout", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    err = os.open("stderr", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    inp = os.open(stdin or os.devnull, os.O_RDONLY)
    os.dup2(inp, 0)
    os.dup2(out, 1)
    os.dup2(err, 2)
    # As Python sets them up in a UTF-8 terminal: strict stdout, forgiving stderr.
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace",  # noqa: SIM115
                      closefd=False)
    os.environ["XDG_DATA_HOME"] = os.path.join(work, "data")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(work, "config")
    import logging

    logging.root.handlers.clear()
    try:
        status = cli.main(argv)
    except SystemExit as stop:
        status = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        if not isinstance(stop.code, int) and stop.code is not None:
            print(stop.code, file=sys.stderr)
    except BaseException:  # noqa: BLE001 - exactly what the console would print
        traceback.print_exc()
        status = 99
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(status if isinstance(status, int) else 1)


def run_case(argv: list[str], work: Path, stdin: Path | None = None) -> Outcome:
    process = _fork_context().Process(target=_child,
                                      args=(argv, str(work), str(stdin) if stdin else None))
    process.start()
    process.join(TIMEOUT_S)
    status: int | None = process.exitcode
    if process.is_alive():  # a server, or a live source: stopped, with its children
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.join()
        status = None
    read = lambda p: p.read_text(encoding="utf-8", errors="replace") if p.exists() else ""  # noqa: E731
    return Outcome(argv, status, read(work / "stdout"), read(work / "stderr"))


def problem(outcome: Outcome) -> str | None:
    text = outcome.out + outcome.err
    if "Traceback" in text:
        return "a traceback"
    if outcome.status not in (0, None) and not (outcome.err + outcome.out).strip():
        return f"exit {outcome.status} without a word"
    if outcome.status is not None and outcome.status < 0:
        return f"killed by signal {-outcome.status}"
    return None


def short(argv: list[str]) -> str:
    return " ".join(a if len(a) < 60 else a[:20] + f"…({len(a)} chars)" for a in argv)


# --- the tests --------------------------------------------------------------------------


def fresh_db(template: Path, work: Path) -> Path:
    path = work / "station.db"
    for leftover in work.glob("station.db*"):
        leftover.unlink()
    shutil.copy(template, path)
    return path


def run_all(cases, template: Path, work_root: Path) -> tuple[int, list[str]]:
    failures, count = [], 0
    for n, (argv, stdin, db) in enumerate(cases):
        work = work_root / f"case{n % 8}"
        if work.exists():
            shutil.rmtree(work)
        work.mkdir(parents=True)
        (work / "bundle.json").write_text(json.dumps(
            {"format": "checkin-bundle", "version": 1, "checkins": [], "voids": []}))
        db_path = fresh_db(template, work) if db is None else db
        full = ["--db", str(db_path), *argv]
        outcome = run_case(full, work, stdin)
        count += 1
        why = problem(outcome)
        if why:
            tail = (outcome.err or outcome.out).strip().splitlines()[-3:]
            failures.append(f"{why}: checkin {short(full)}\n      " + "\n      ".join(tail))
    return count, failures


FUZZ_REPORT: dict[str, int] = {}


FULL = os.environ.get("CHECKIN_FUZZ_FULL") == "1"
SEED = os.environ.get("CHECKIN_FUZZ_SEED") or time.strftime("%Y-%m-%d")


ARGUMENT_CASES = 10  # per command, by default
DB_CASES = 2


def values_for(command: Command, action: argparse.Action, files) -> list[str]:
    """Every hostile value that fits the argument: files and text for a path, text else."""
    pathlike = action.type is Path or action.dest in PATHLIKE or action.dest == "source"
    paths = [str(files[name]) for name in HOSTILE_PATHS] if pathlike else []
    return paths + list(HOSTILE_TEXT)


def fuzz_cases(command: Command, files, template: Path, tmp_path: Path) -> list:
    """The cases of one command: with ``CHECKIN_FUZZ_FULL=1`` every value for every argument
    and every broken database; by default a sample of them, drawn afresh each day (the date
    seeds it, and is in the failure message), which keeps the suite's run to a minute or so
    while the whole space is covered over the days."""
    rng = random.Random(f"{command.name} {SEED}")
    pairs = [(action, value) for action in command.arguments()
             for value in values_for(command, action, files)]
    dbs = list(hostile_dbs(template, tmp_path / "dbs", files).values())
    stdin = [files[name] for name in ("binary.csv", "huge-line.csv", "nul.csv", "cp1252.csv",
                                      "utf16.csv")] \
        if any(a.dest == "source" for a in command.arguments()) else []
    if not FULL:
        pairs = rng.sample(pairs, min(ARGUMENT_CASES, len(pairs)))
        dbs = rng.sample(dbs, DB_CASES)
        stdin = stdin[:2]
    cases = [(argv_for(command, tmp_path, files, pair), None, None) for pair in pairs]
    cases += [(argv_for(command, tmp_path, files), None, db) for db in dbs]
    cases += [(argv_for(command, tmp_path, files), path, None) for path in stdin]
    return cases


@pytest.mark.parametrize("command", ALL, ids=lambda c: c.name.replace(" ", "-"))
def test_no_traceback(command, files, station_template, tmp_path):
    cases = fuzz_cases(command, files, station_template, tmp_path)
    count, failures = run_all(cases, station_template, tmp_path / "runs")
    FUZZ_REPORT[command.name] = count
    assert not failures, (f"{len(failures)} of {count} cases failed (CHECKIN_FUZZ_SEED={SEED} "
                          "replays them):\n" + "\n".join(failures[:15]))


# --- what the fuzzing found, kept as plain tests (the sample changes every day) ------------


@pytest.mark.parametrize("args", [
    ["station", "\udcff\udcfe"],  # bytes that are not UTF-8 on the command line
    ["event", "edit", "--title-en", "\udcff"],
    ["bundle", "export", "\udcffout.json"],
    ["backup", "list", "--folder", "\udcff"],
])
def test_found_undecodable_arguments(station_template, tmp_path, capsys, args):
    db = fresh_db(station_template, tmp_path)
    assert cli.main(["--db", str(db), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("checkin: an argument is not UTF-8 text") and err.count("\n") == 1


def test_found_binary_token_file(station_template, tmp_path, capsys):
    db = fresh_db(station_template, tmp_path)
    made = {"binary": bytes(range(256)) * 4, "empty": b"", "utf16": "tok".encode("utf-16"),
            "escape": b"\x1b[2Jtoken\n"}
    os.mkfifo(tmp_path / "pipe")
    for name in [*made, "pipe"]:
        path = tmp_path / name
        if name in made:
            path.write_bytes(made[name])
        status = cli.main(["--db", str(db), "source", "pretix", "http://127.0.0.1:9", "o", "e",
                           "--token-file", str(path)])
        err = capsys.readouterr().err
        assert status == 1 and err.count("\n") == 1 and "token file" in err, (name, err)


def test_found_export_into_a_missing_folder(station_template, tmp_path, capsys):
    db = fresh_db(station_template, tmp_path)
    assert cli.main(["--db", str(db), "programme", "export",
                     str(tmp_path / "no" / "such" / "p.csv")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err


def test_found_a_host_that_is_not_an_address(station_template, tmp_path, capsys):
    db = fresh_db(station_template, tmp_path)
    assert cli.main(["--db", str(db), "hub", "--host", "x" * 100_000, "--port", "0"]) == 1
    assert "is not an address of this machine" in capsys.readouterr().err


def test_found_a_device_is_never_replaced_by_an_export(station_template, tmp_path, files,
                                                       capsys):
    """`bundle export /dev/full` as root replaced the device with a file (the atomic rename):
    now refused, and the pipe standing for it here is still a pipe."""
    import stat

    db = fresh_db(station_template, tmp_path)
    pipe = tmp_path / "log.csv"
    os.mkfifo(pipe)
    for args, target in ((["bundle", "export"], files["fifo"]), (["export", "log", "-o"], pipe)):
        assert cli.main(["--db", str(db), *args, str(target)]) == 1
        assert "not a file to write" in capsys.readouterr().err
        assert stat.S_ISFIFO(target.stat().st_mode)


def test_found_endless_input_files(station_template, tmp_path, capsys):
    db = fresh_db(station_template, tmp_path)
    assert cli.main(["--db", str(db), "import", "/dev/zero"]) == 1
    assert cli.main(["--db", str(db), "bundle", "merge", "/dev/zero"]) == 1
    assert capsys.readouterr().err.count("not a regular file") == 2
