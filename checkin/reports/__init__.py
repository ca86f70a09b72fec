"""Reports for the organisers and the funders, from the store, with no Qt.

:mod:`.data` loads who came to what once; :mod:`.tables` turns it into typed tables;
:mod:`.exports` writes them as CSV / XLSX; :mod:`.sheet` prints the funders' attendance
sheet, :mod:`.certificates` the attendance certificates and :mod:`.summary` the summary with
its arrivals chart, all as PDF; :mod:`.bundle` makes all of it in one folder. Every file is
written atomically.
"""

from checkin.reports.data import Arrival, Attendance, load_attendance

__all__ = ["Arrival", "Attendance", "load_attendance"]
