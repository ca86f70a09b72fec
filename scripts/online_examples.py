"""Write the example participants reports of docs/examples/ (README: "Online attendance").

Made from the demo's first 200 people (the same in every demo: `checkin demo --count 200`
and the full one), in the shapes Zoom, Microsoft Teams and Webex export:

- ``online-zoom-d1-opening.csv``: Zoom, with the meeting block on top; people matched by
  e-mail (one on two devices at once, one who rejoined, one also checked in at the door), by
  name (another order, no accents, a hyphen gone), by the name they joined with before a
  rename; two uncertain (a misspelt name, one rare name in common), one stranger (an
  online-only attendee), short stays below the threshold, a waiting-room row;
- ``online-teams-d1-panel.csv``: Teams in French, UTF-16 with a BOM, tab-separated, with
  its three sections;
- ``online-teams-d2-plenary.xlsx``: Teams in English, as a workbook;
- ``online-webex-d2-closing.csv``: Webex's attendee report.

Run from the project's folder: ``.venv/bin/python scripts/online_examples.py``; it checks
that the Zoom example gives what the README says.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checkin.cli import main  # noqa: E402
from checkin.store import Store  # noqa: E402
from tests.online.report_files import teams_tsv, teams_xlsx, webex_csv, zoom_csv  # noqa: E402

OUT = ROOT / "docs" / "examples"


def at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2025, 2, day, hour, minute)


def build() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.db"
        assert main(["--db", str(db), "demo", "--count", "200"]) == 0
        store = Store(db)
        came = {c.attendee_id for c in store.checkins(session_id="d1-opening")}
        people = [p for p in store.attendees() if not p.cancelled and p.email]
        words: dict[str, int] = {}
        for p in store.attendees():
            for w in p.full_name.lower().replace("-", " ").split():
                words[w] = words.get(w, 0) + 1
        away = [p for p in people if p.id not in came]
        here = [p for p in people if p.id in came]
        hyphen = next(p for p in away if "-" in p.full_name)
        accented = next(p for p in away if p is not hyphen and any(ord(c) > 127 for c in
                                                                   p.full_name))
        rare = next(p for p in away[20:] if words.get(p.last_name.lower(), 0) == 1
                    and " " not in p.last_name and "-" not in p.last_name
                    and p not in (hyphen, accented))
        # a last name of its own, a first name many share: one candidate, by its spelling
        spelt = next(p for p in away[40:] if len(p.last_name) >= 6 and " " not in p.last_name
                     and words.get(p.last_name.lower(), 0) == 1
                     and words.get(p.first_name.lower(), 0) > 3
                     and p not in (hyphen, accented, rare))
        taken = (hyphen, accented, rare, spelt)
        a, b, c, d, e, f = [p for p in away[60:] if p not in taken][:6]
        onsite = here[0]
        store.close()

    OUT.mkdir(parents=True, exist_ok=True)
    day1 = 3
    # d1-opening: 08:30–10:30 in Bujumbura (the report's times are the venue's)
    misspelt = spelt.last_name[:3] + spelt.last_name[4] + spelt.last_name[3] + spelt.last_name[5:]
    stays = [
        (a.full_name, a.email, at(day1, 8, 25), at(day1, 10, 31)),  # the laptop…
        (a.full_name, a.email, at(day1, 9, 0), at(day1, 9, 40)),  # … and the phone at once
        (b.full_name, b.email.upper(), at(day1, 8, 32), at(day1, 9, 10)),  # rejoined
        (b.full_name, b.email.upper(), at(day1, 9, 15), at(day1, 10, 5)),
        (onsite.full_name, onsite.email, at(day1, 8, 40), at(day1, 10, 20)),  # also at the door
        (f"{hyphen.last_name.lower().replace('-', ' ')} {hyphen.first_name}", "",
         at(day1, 8, 35), at(day1, 10, 30)),
        (_plain(accented.full_name).upper(), "", at(day1, 8, 50), at(day1, 10, 30)),
        ("Salle Kigobe", "", at(day1, 8, 30), at(day1, 10, 30)),  # renamed: see below
        (f"{spelt.first_name} {misspelt}", "", at(day1, 8, 31), at(day1, 10, 29)),
        (f"Jean-Baptiste {rare.last_name}", "", at(day1, 8, 45), at(day1, 10, 15)),
        ("Zawadi Nyambura", "zawadi.nyambura@mutuelle-ngozi.example", at(day1, 8, 33),
         at(day1, 10, 28)),
        (e.full_name, e.email, at(day1, 8, 30), at(day1, 8, 50)),  # 20 minutes: below
        ("iPhone", "", at(day1, 9, 2), at(day1, 9, 6)),
    ]
    zoom_csv(OUT / "online-zoom-d1-opening.csv", stays,
             topic="Conférence internationale de la Mutualité – Plénière d'ouverture",
             renamed={"Salle Kigobe": c.full_name},
             waiting=[("Invité", "", at(day1, 8, 20), at(day1, 8, 29))])

    panel = [
        (a.full_name, a.email, at(day1, 11, 2), at(day1, 12, 40)),
        (d.full_name, d.email, at(day1, 11, 0), at(day1, 11, 35)),
        (d.full_name, d.email, at(day1, 11, 50), at(day1, 12, 45)),
        (f.full_name, f.email, at(day1, 11, 10), at(day1, 11, 30)),
    ]
    teams_tsv(OUT / "online-teams-d1-panel.csv", panel, french=True,
              title="Panel de haut niveau (OIT, Task Force des Nations unies sur l'ESS)")
    plenary = [
        (b.full_name, b.email, at(4, 11, 0), at(4, 12, 30)),
        (c.full_name, c.email, at(4, 10, 55), at(4, 11, 50)),
        (e.full_name, e.email, at(4, 11, 20), at(4, 11, 40)),
    ]
    teams_xlsx(OUT / "online-teams-d2-plenary.xlsx", plenary, french=False,
               title="Day 2 – Plenary: workshop reports")
    closing = [
        (a.full_name, a.email, at(4, 14, 30), at(4, 15, 10)),
        (a.full_name, a.email, at(4, 15, 12), at(4, 16, 0)),
        (d.full_name, d.email, at(4, 14, 35), at(4, 15, 59)),
        ("Zawadi Nyambura", "zawadi.nyambura@mutuelle-ngozi.example", at(4, 14, 40),
         at(4, 15, 50)),
    ]
    webex_csv(OUT / "online-webex-d2-closing.csv", closing, meeting="Cérémonie de clôture")
    print("written:", *sorted(p.name for p in OUT.glob("online-*")), sep="\n  ")


def _plain(text: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


if __name__ == "__main__":
    build()
