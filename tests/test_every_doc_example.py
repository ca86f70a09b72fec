"""Every ``checkin …`` example in README.md and docs/*.md runs, as written, against a demo and
a temporary station database.

The lines are read from the fenced blocks of the documents, so a new example is tested as
soon as it is written. Placeholders (``ID``, ``<attendee id>``, ``[--optional parts]``, the
badge code ``IMC25-XXXX-…``) are filled with real values from the demo; files the examples
read (``inscrits.xlsx``, ``badges.avi``…) are made first. The few lines that need a display,
a camera, a terminal or a server that keeps running are skipped, each with its reason.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from checkin.cli import main

ROOT = Path(__file__).resolve().parent.parent
# A guide that is a story, run in its order from the project's folder by
# tests/test_doc_examples.py, is left to that test.
STORIES = {"new-event.md"}
DOCUMENTS = [ROOT / "README.md",
             *sorted(p for p in (ROOT / "docs").glob("*.md") if p.name not in STORIES)]

#: Lines that cannot run in a test, and why (matched as substrings of the command).
SKIPPED = {
    "--source 0": "needs a camera",
    "--source http://": "needs a phone's video stream on the network",
    "--source keyboard": "reads a USB scanner typing into a terminal",
    "--host 0.0.0.0": "starts the venue hub, a server that runs until stopped",
    "source pretix https://pretix.example.org": "needs a pretix server (tests/sync covers it)",
    # `checkin source hub` asks the hub before saving it (checkin.sync.probe)
    "source hub http://192.168.1.10": "tests that hub before saving: needs it to answer "
                                      "(tests/hub/test_cli.py covers it)",
    "source hub https://192.168.1.10": "tests that hub before saving: needs it to answer "
                                       "(tests/hub/test_cli.py covers it)",
    "source pair": "pairs with the hub that made the code: needs it running "
                   "(tests/hub/test_pairing.py covers it, with the code's QR image too)",
}
#: ``sync`` after ``source hub http://192.168.1.10``: needs that hub to answer.
NEEDS_SERVER = "needs the venue hub the previous line points at (tests/sync covers it)"


def examples() -> list[tuple[str, str]]:
    """(document, command line) for every ``checkin`` line in a fenced block."""
    found = []
    for document in DOCUMENTS:
        inside = False
        pending = ""
        for raw in document.read_text("utf-8").splitlines():
            if raw.lstrip().startswith("```"):
                inside = not inside
                continue
            if not inside:
                continue
            line = pending + raw.strip()
            pending = ""
            if line.endswith("\\"):
                pending = line[:-1] + " "
                continue
            line = line.removeprefix("$ ")
            if line.startswith("checkin ") or line == "checkin":
                found.append((document.name, line))
    return found


EXAMPLES = examples()


def test_the_documents_have_examples():
    names = {document for document, _ in EXAMPLES}
    assert {"README.md", "reports.md", "import.md", "sync-protocol.md"} <= names
    assert len(EXAMPLES) > 40


def strip_comment(line: str) -> str:
    """The command without its trailing ``# comment`` (a # inside quotes stays)."""
    lexer = shlex.shlex(line, posix=True, punctuation_chars=False)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    return " ".join(shlex.quote(word) for word in lexer)


@pytest.fixture(scope="module")
def place(tmp_path_factory):
    """A home for the examples: a data folder of their own (the demo and the default
    station database go there), the files they read, and values from the demo."""
    home = tmp_path_factory.mktemp("examples")
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(home)
    from checkin import paths
    from checkin.store import Store

    assert str(paths.data_dir()).startswith(str(home))
    # The demo as `--demo` finds it, made smaller (200 people) so that badges, certificates
    # and `export all` take seconds; the same generator, so the same first people.
    assert main(["--db", str(paths.demo_db_path()), "demo", "--count", "200"]) == 0
    store = Store(paths.demo_db_path())
    came = {row[0] for row in store.db.execute(
        "select attendee_id from checkins where session_id = 'd1-opening'")}
    person = next(p for p in store.attendees() if not p.cancelled and p.id not in came)
    values = {
        "session": "d1-opening",
        "attendee": person.id,
        "token": person.token,
    }
    store.close()
    # "The station's database" of the guides (no --db): one with an event and check-ins.
    paths.default_db_path().write_bytes(paths.demo_db_path().read_bytes())
    _files(home)
    yield home, values
    monkeypatch.undo()


def _files(home: Path) -> None:
    from tests.test_importer import FR_HEADER, write_csv, write_xlsx

    rows = [
        ["R-001", "Ndayishimiye", "Hélène", "Mutuelle de la Fonction Publique", "Burundi",
         "Participante", "helene.n@mfp.example", "+257 79 12 34 56", "Français", "",
         "Confirmé"],
        ["R-002", "N'Guessan", "Kouadio", "MUGEF-CI", "Côte d'Ivoire", "Intervenant",
         "k.nguessan@mugef.example", "", "FR", "", "Confirmé"],
    ]
    write_xlsx(home / "inscrits.xlsx", FR_HEADER, rows)
    write_xlsx(home / "attendees.xlsx", FR_HEADER, rows)
    write_xlsx(home / "classeur.xlsx", FR_HEADER, rows, sheet="Participants")
    write_csv(home / "liste.csv", ["Civilité", "Nom complet", *FR_HEADER[3:]],
              [["Mme", "Hélène Ndayishimiye", *rows[0][3:]],
               ["M.", "Kouadio N'Guessan", *rows[1][3:]]])
    (home / "rapports").mkdir()
    (home / "exports").mkdir()
    (home / "badges").mkdir()
    (home / "media" / "usb" / "checkin").mkdir(parents=True)  # a USB stick


def _video(path: Path, token: str) -> Path:
    from checkin.scanner import corpus
    from checkin.scanner.corpus import Category

    badge = corpus.make_frame(Category.CLEAN, (640, 480), 0, 0, token=token).image
    blank = corpus.make_frame(Category.NEGATIVE, (640, 480), 999, 0).image
    return corpus.write_video([badge] * 4 + [blank] * 3, path, fps=30)


def fill(line: str, home: Path, values: dict) -> str:
    """Placeholders replaced by real values; optional ``[...]`` parts left out."""
    line = re.sub(r"\s\[[^\]]*\]", "", line)
    line = line.replace("<attendee id>", values["attendee"])
    line = re.sub(r"IMC25-XXXX-XXXX-XXXX-XXXX", values["token"], line)
    line = re.sub(r"--session ID\b", f"--session {values['session']}", line)
    line = line.replace("/media/usb/", str(home / "media" / "usb") + "/")
    # The project's own files (the demo's sheets, docs/examples/) from wherever it runs.
    line = re.sub(r"(?<![\w/])(resources|docs)/", lambda m: str(ROOT / m.group(1)) + "/", line)
    line = line.replace("/nowhere/", str(home / "nowhere") + "/")
    return line


@pytest.mark.parametrize(("document", "line"), EXAMPLES,
                         ids=[f"{d}:{line[:60]}" for d, line in EXAMPLES])
def test_example_runs(place, document, line, capsys):
    home, values = place
    for marker, reason in SKIPPED.items():
        if marker in line:
            pytest.skip(reason)
    command = strip_comment(fill(line, home, values))
    argv = shlex.split(command)[1:]
    if argv[-1:] == ["sync"] or "sync" == argv[-1]:
        pytest.skip(NEEDS_SERVER)
    if "--source" in argv:
        source = argv[argv.index("--source") + 1]
        if not (home / source).exists():
            _video(home / source, values["token"])
    if argv[-2:] == ["backup", "restore"]:
        # The README's restore follows copies the window takes every few minutes: take one.
        assert main([*argv[:-1], "now"]) == 0
    code = main(argv)
    out, err = capsys.readouterr()
    if document == "reports.md" and "/nowhere/" in line:
        assert code == 1 and "does not exist" in err, (line, err)  # an example of an error
        return
    if "presences.csv" in line and "/media/usb/" in line:
        assert code == 0, (line, err)  # a disk that is not full: written
        return
    assert code == 0, f"{document}: {line}\n{out}\n{err}"
    assert "Traceback" not in err
    if line.startswith("checkin --demo search"):
        assert "No attendee matches" not in out, out
        assert len(out.strip().splitlines()) >= 2, out
