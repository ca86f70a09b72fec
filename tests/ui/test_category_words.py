"""Item 3 of issue 15: the category words of the window, the CSV / XLSX / PDF exports and the
badges are the same words, from one place (checkin.model.CATEGORY_LABELS)."""

from __future__ import annotations

from checkin.badges.layout import BadgeStyle
from checkin.model import Category
from checkin.reports import exports, tables
from checkin.reports.data import load_attendance
from checkin.ui.labels import category_label
from tests.ui.window_fixtures import qm_dir, station  # noqa: F401


def test_exports_and_badges_say_what_the_window_says(station, tmp_path):
    store = station.store
    window_words = {}
    for language in ("fr", "en"):
        station.set_language(language)
        window_words[language] = {c.value: category_label(c.value) for c in Category}
    station.set_language("fr")  # back to the default for the tests that follow
    assert window_words["fr"]["organiser"] == "Organisateur"
    assert window_words["en"]["organiser"] == "Organiser"

    style = BadgeStyle.from_event(store.event(), tmp_path)
    for c in Category:
        fr, en = window_words["fr"][c.value], window_words["en"][c.value]
        both = fr if fr == en else f"{fr} / {en}"
        assert tables.category_label(c.value) == both
        assert style.category_label(c.value) == (fr if fr == en else f"{fr} · {en}").upper()

    data = load_attendance(store)
    path = exports.export_matrix(data, tmp_path / "m.csv")
    text = path.read_text("utf-8-sig")
    assert "Organisateur / Organiser" in text  # Wu Li, organiser
    assert "Organisation / Organiser" not in text
    counts = tables.group_counts(data, "category")
    assert "Organisateur / Organiser" in [row[0] for row in counts.rows]
