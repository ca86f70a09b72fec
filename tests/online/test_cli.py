"""``checkin online …`` through the command line: the typed report, dry run, idempotent
re-import, pending / confirm / reject, thresholds, and one sentence for every failure."""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.model import Method
from checkin.store import Store
from tests.online.report_files import teams_tsv, teams_xlsx, webex_csv, zoom_csv

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_sentence(err: str) -> bool:
    return err.startswith("checkin: ") and err.count("\n") == 1 and "Traceback" not in err


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The demo's first 200 people, as the README's examples find them."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["--db", str(path), "demo", "--count", "200"]) == 0
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    return path


def test_the_zoom_example_end_to_end(demo, capsys):
    report = EXAMPLES / "online-zoom-d1-opening.csv"
    code, out, err = run(capsys, "--db", demo, "online", "import", report, "--session",
                         "d1-opening", "--dry-run")
    assert code == 0, err
    assert out.startswith("online-zoom-d1-opening.csv: Zoom participants report")
    assert "1 waiting-room row left out" in out
    assert "present from 50 % = 60 min" in out
    for line in ("11 participants", "4 matched by e-mail", "3 matched by name",
                 "2 uncertain", "1 new online-only attendees",
                 "1 unmatched and below the threshold"):
        assert f"\n{line}" in out, line
    assert "(joined as " in out  # the renamed Zoom participant, matched by the original name
    assert "would be recorded: 7" in out and out.rstrip().endswith("nothing was written.")
    assert "(to be numbered)" in out
    store = Store(demo)
    assert not [c for c in store.checkins() if c.method is Method.ONLINE]
    store.close()

    code, out, _ = run(capsys, "--db", demo, "online", "import", report, "--session",
                       "d1-opening")
    assert code == 0 and "recorded now: 7; already recorded: 0; waiting for a decision: 2" in out
    numbers = re.findall(r"^  #(\d+) ", out, re.M)
    assert numbers == ["1", "2"]
    code, again, _ = run(capsys, "--db", demo, "online", "import", report, "--session",
                         "d1-opening")
    assert "recorded now: 0; already recorded: 7" in again

    code, out, _ = run(capsys, "--db", demo, "online", "pending")
    assert code == 0 and out.startswith("#1 ") and "\n#2 " in out and "    ? " in out
    code, out, err = run(capsys, "--db", demo, "online", "confirm", "2")
    assert code == 1 and one_sentence(err) and "--attendee" in err  # several candidates
    candidate = re.search(r"#1 .*\n    \? .*\((\S+)\): similar spelling", run(
        capsys, "--db", demo, "online", "pending")[1]).group(1)
    code, out, _ = run(capsys, "--db", demo, "online", "confirm", "1")  # its one candidate
    assert code == 0 and f"({candidate})" in out and "online attendance recorded" in out
    code, out, _ = run(capsys, "--db", demo, "online", "reject", "2")
    assert code == 0 and "a new online-only attendee" in out
    assert run(capsys, "--db", demo, "online", "pending")[1] == \
        "No uncertain match waits for a decision.\n"
    code, _, err = run(capsys, "--db", demo, "online", "reject", "2")
    assert code == 1 and one_sentence(err) and "rejected already" in err
    store = Store(demo)
    online = [c for c in store.checkins(session_id="d1-opening") if c.method is Method.ONLINE]
    assert len(online) == 9
    store.close()


@pytest.mark.parametrize(("name", "session", "platform"), [
    ("online-teams-d1-panel.csv", "d1-panel", "Microsoft Teams"),
    ("online-teams-d2-plenary.xlsx", "d2-plenary", "Microsoft Teams"),
    ("online-webex-d2-closing.csv", "d2-closing", "Webex"),
])
def test_the_other_examples(demo, capsys, name, session, platform):
    code, out, err = run(capsys, "--db", demo, "online", "import", EXAMPLES / name,
                         "--session", session)
    assert code == 0, err
    assert out.startswith(f"{name}: {platform} participants report")
    assert "recorded now: 2" in out or "recorded now: 3" in out


def test_threshold_command(demo, capsys):
    code, out, _ = run(capsys, "--db", demo, "online", "threshold", "--session", "d1-panel")
    assert (code, out) == (0, "d1-panel: present online from 50 % of the session\n")
    assert run(capsys, "--db", demo, "online", "threshold", "--session", "d1-panel", "75%")[1] \
        == "d1-panel: present online from 75 % of the session\n"
    code, out, _ = run(capsys, "--db", demo, "online", "import",
                       EXAMPLES / "online-teams-d1-panel.csv", "--session", "d1-panel",
                       "--dry-run")
    assert "present from 75 % = 78.8 min" in out
    code, out, _ = run(capsys, "--db", demo, "online", "import",
                       EXAMPLES / "online-teams-d1-panel.csv", "--session", "d1-panel",
                       "--dry-run", "--threshold", "10")
    assert "present from 10 % = 10.5 min" in out and "below the threshold: 0" in out
    run(capsys, "--db", demo, "online", "threshold", "--session", "d1-panel", "--default")
    assert "from 50 %" in run(capsys, "--db", demo, "online", "threshold", "--session",
                              "d1-panel")[1]


def test_reports_written_here_in_each_shape(demo, capsys, tmp_path):
    store = Store(demo)
    people = [p for p in store.attendees() if p.email][:3]
    store.close()
    stays = [(p.full_name, p.email, datetime(2025, 2, 4, 14, 30), datetime(2025, 2, 4, 15, 50))
             for p in people]
    for path in (zoom_csv(tmp_path / "z.csv", stays), teams_tsv(tmp_path / "t.csv", stays),
                 teams_xlsx(tmp_path / "t.xlsx", stays), webex_csv(tmp_path / "w.csv", stays)):
        code, out, err = run(capsys, "--db", demo, "online", "import", path, "--session",
                             "d2-closing")
        assert code == 0, err
        assert "3 matched by e-mail" in out
        assert ("recorded now: 3" if path.name == "z.csv" else "already recorded: 3") in out


@pytest.mark.parametrize(("argv", "message"), [
    (["online", "import", "{tmp}/missing.csv", "--session", "d1-panel"], "No such file"),
    (["online", "import", "{tmp}", "--session", "d1-panel"], "is a folder"),
    (["online", "import", "{tmp}/inscrits.csv", "--session", "d1-panel"],
     "not a participants report of Zoom, Microsoft Teams or Webex"),
    (["online", "import", "{tmp}/z.csv", "--session", "nope"], "No session 'nope'"),
    (["online", "import", "{tmp}/z.csv", "--session", "d1-panel", "--timezone", "Mars/Base"],
     "Unknown time zone"),
    (["online", "import", "{tmp}/z.csv", "--session", "d2-closing"],
     "is of a meeting from 03/02/2025 11:00 to 03/02/2025 12:00, and the session d2-closing "
     "is from 04/02/2025 14:30 to 04/02/2025 16:00"),
    (["online", "confirm", "42"], "No uncertain match number 42"),
    (["online", "reject", "42"], "No uncertain match number 42"),
    (["online", "pending", "--session", "nope"], "No session 'nope'"),
    (["online", "threshold", "--session", "nope", "20"], "No session 'nope'"),
])
def test_failures_are_one_sentence(demo, capsys, tmp_path, argv, message):
    (tmp_path / "inscrits.csv").write_text("Nom;Prénom\nNdayishimiye;Hélène\n", "utf-8")
    zoom_csv(tmp_path / "z.csv", [("Wu Li", "", datetime(2025, 2, 3, 11),
                                   datetime(2025, 2, 3, 12))])
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, out, err = run(capsys, "--db", demo, *argv)
    assert code == 1 and one_sentence(err) and message in err, err


@pytest.mark.parametrize("value", ["120", "-5", "half"])
def test_a_bad_threshold_is_refused_by_the_parser(demo, capsys, value):
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(demo), "online", "import", "x.csv", "--session", "d1-panel",
              "--threshold", value])
    assert stop.value.code == 2
    assert "--threshold" in capsys.readouterr().err
