"""Opening a station database: newer versions and damaged files are refused without a write,
and the commands that only read never leave a database file where there was none."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from checkin import cli, dbcheck
from checkin.store import DamagedDatabase, NewerDatabase, Store, StoreError

ROOT = Path(__file__).resolve().parent.parent


def checkin(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(cwd),
           "XDG_DATA_HOME": str(cwd / "data")}
    return subprocess.run([sys.executable, "-m", "checkin", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checkpointed(path: Path) -> None:
    """Fold the WAL into the main file, so that its bytes are the whole database."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def damage(path: Path, table: str = "attendees") -> None:
    """Overwrite the cell pointers of a table's root page, as a bad sector would."""
    checkpointed(path)
    conn = sqlite3.connect(path)
    root = conn.execute("select rootpage from sqlite_master where name = ?", [table]).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\xff" * 32)


@pytest.fixture
def made(small_event) -> Path:
    path = small_event.path
    small_event.close()
    checkpointed(path)
    return path


def test_a_new_database_records_its_schema_version(made):
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == dbcheck.schema_version() > 0


def test_a_higher_user_version_is_refused_and_nothing_written(made):
    conn = sqlite3.connect(made)
    conn.execute(f"PRAGMA user_version = {dbcheck.schema_version() + 1}")
    conn.close()
    before = digest(made)
    with pytest.raises(NewerDatabase, match="update this station"):
        Store(made)
    assert digest(made) == before


def test_an_unknown_migration_is_refused(made):
    conn = sqlite3.connect(made)
    conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at)"
                 " values ('checkin', 'm099_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    checkpointed(made)
    before = digest(made)
    with pytest.raises(NewerDatabase):
        Store(made)
    assert digest(made) == before


def test_the_command_line_says_one_sentence_for_a_newer_database(made):
    (made.parent / "list.csv").write_text("Nom;Prénom\nDoe;Jane\n", encoding="utf-8")
    conn = sqlite3.connect(made)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = digest(made)
    for args in (["stats"], ["admit", "x", "--session", "plenary"], ["station", "Porte B"],
                 ["import", "list.csv"], ["import", "list.csv", "--dry-run"]):
        done = checkin("--db", str(made), *args, cwd=made.parent)
        assert done.returncode == 1, args
        assert "update this station" in done.stderr and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert digest(made) == before


def test_a_damaged_database_is_refused(made):
    damage(made)
    before = digest(made)
    with pytest.raises(DamagedDatabase, match="damaged") as caught:
        Store(made)
    assert caught.value.detail
    assert digest(made) == before
    done = checkin("--db", str(made), "admit", "x", "--session", "plenary", cwd=made.parent)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "backup restore" in done.stderr
    assert digest(made) == before


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Nom;Prénom\nDoe;Jane\n" * 500)
    with pytest.raises(DamagedDatabase, match="not a Check-in database"):
        Store(path)
    assert path.read_text().startswith("Nom;Prénom")


def test_the_quick_check_is_bounded_in_time(made, caplog):
    state = dbcheck.inspect(made, seconds=0)  # no time at all: stops at once, file taken
    assert not state.problems
    assert dbcheck.inspect(made).checked


def test_a_missing_file_is_not_created_unless_asked(tmp_path):
    path = tmp_path / "typo.db"
    with pytest.raises(StoreError, match="No database at"):
        Store(path, create=False)
    assert not path.exists()
    with pytest.raises(StoreError, match="folder"):
        Store(tmp_path, create=False)


@pytest.mark.parametrize("args", [
    ["stats"], ["search", "doe"], ["sessions"], ["admit", "x", "--session", "s"],
    ["undo", "0000"], ["export", "attendance", "-o", "out.csv"], ["station"],
    ["badges", "-o", "out.pdf"], ["certificates", "-o", "out.pdf"], ["bundle", "export", "b.json"],
])
def test_reading_commands_leave_no_file_on_a_mistyped_path(tmp_path, monkeypatch, capsys, args):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--db", "tpyo.db", *args]) == 1
    assert "No database at tpyo.db" in capsys.readouterr().err
    assert not list(tmp_path.glob("tpyo.db*"))


def test_import_dry_run_creates_no_database(tmp_path):
    (tmp_path / "list.csv").write_text("Nom;Prénom\nDoe;Jane\n", encoding="utf-8")
    done = checkin("--db", "new.db", "import", "list.csv", "--dry-run",
                   "--event-code", "AB", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1 new" in done.stdout
    assert not list(tmp_path.glob("new.db*"))
    done = checkin("--db", "new.db", "import", "list.csv", "--event-code", "AB", cwd=tmp_path)
    assert done.returncode == 0 and (tmp_path / "new.db").exists()
