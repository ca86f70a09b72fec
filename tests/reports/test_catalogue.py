"""One catalogue of reports serves the command line, `export all` and the dashboard."""

from __future__ import annotations

import csv

import pytest

from checkin.cli import build_parser
from checkin.reports.catalogue import REPORTS, write
from checkin.reports.data import load_attendance
from checkin.reports.errors import ExportError


def test_every_report_is_a_command_and_a_dashboard_action(small_event):
    from checkin.ui.dashboard import standard_exports

    parser = build_parser()
    export = next(a for a in parser._subparsers._group_actions[0].choices.items()
                  if a[0] == "export")[1]
    commands = set(export._subparsers._group_actions[0].choices)
    assert {r.key for r in REPORTS} <= commands
    keys = [a.key for a in standard_exports(small_event)]
    assert keys == [f"{r.key}_{s}" for r in REPORTS for s in r.offered] + ["session_pdf", "signin_pdf"]


def test_a_report_is_written_in_the_format_its_name_says(small_event, tmp_path):
    data = load_attendance(small_event)
    path = write("attendance", data, small_event, tmp_path / "a.csv", delimiter=",")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[0] == "Session (id)"
    with pytest.raises(ExportError, match=r"must end in \.xlsx"):
        write("workbook", data, small_event, tmp_path / "w.csv")


def test_every_dashboard_export_has_a_file_name_for_what_and_when(small_event):
    """Issue 15, item 2: no more export.csv; the words come from the catalogue."""
    from datetime import date

    from checkin.reports.names import report_file_name
    from checkin.ui.dashboard import standard_exports

    assert all(r.word for r in REPORTS)
    plenary = small_event.session("plenary")
    for action in standard_exports(small_event):
        name = report_file_name(action.key, action.suffix, made_on=date(2025, 2, 4),
                                session=plenary, session_day=date(2025, 2, 3))
        assert not name.startswith("export"), name
        assert name.endswith(f"_2025-02-03_pleniere-ouverture.{action.suffix}"), name
    assert report_file_name("attendance_csv", "csv", made_on=date(2025, 2, 4)) == \
        "presences_2025-02-04_toutes-sessions.csv"
