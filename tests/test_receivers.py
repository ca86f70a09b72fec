"""Interpretation receivers (issue 17, part 3): numbering and importing them, lending and
taking back against a badge with every answer a clerk needs, who holds what read from the
loan events in time order (offline stations included), the label code that is never a
badge, the end of the day's list and its exports, and ``checkin receivers …`` through the
real entry point."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest

from checkin import cli, receiver_codes, receivers
from checkin.model import LoanAction, LoanEvent, Receiver
from checkin.receivers import LendOutcome
from checkin.reception import NotABadge, Reception
from tests.fixed_time import NOW


def ticking():
    moments = (NOW + timedelta(minutes=i) for i in range(10_000))
    return lambda: next(moments)


@pytest.fixture
def lending(small_event):
    reception = Reception(small_event, clock=ticking())
    receivers.add_numbered(small_event, 5)
    return receivers.Lending(small_event, lambda c: reception.badge_holder(c)[1],
                             clock=reception.clock)


def badge(store, who: str) -> str:
    return store.attendee(who).token


# --- the label ----------------------------------------------------------------------------


def test_a_label_is_told_apart_from_badges_and_pairing_codes():
    assert receiver_codes.payload("r12") == "checkin://receiver/R12"
    assert receiver_codes.read_label("checkin://receiver/R012") == "R012"
    assert receiver_codes.read_label("CHECKIN://RECEIVER/R012\r\n") == "R012"  # the QR's case
    assert receiver_codes.read_label(" checkin://receiver/ r 12 ") == "R12"
    assert receiver_codes.read_label("TST25-ABCD-EFGH-JKMN-PQRS") is None
    assert receiver_codes.read_label("checkin://pair?code=x") is None
    assert receiver_codes.read_label(b"\xff\xfe") is None
    assert receiver_codes.read_label("checkin://receiver/../../x") == "../../X"  # unknown
    with pytest.raises(receiver_codes.ReceiverNumberError):
        receiver_codes.normalise("R/1")


def test_a_us_scanner_on_an_azerty_laptop_still_reads_a_label():
    from checkin.scanner.wedge import _US_TO_AZERTY, repair_layout

    for code in ("CHECKIN://RECEIVER/R111", "CHECKIN://RECEIVER/R012"):
        typed = "".join(_US_TO_AZERTY.get(c, c) for c in code)  # CHECKINM!!RECEIVER!R&&&
        assert typed != code
        assert repair_layout(typed, "TST25").text == code


def test_scanning_a_label_at_the_door_never_admits_nor_counts(reception, small_event):
    before = small_event.checkins()
    for code in ("checkin://receiver/R001", "CHECKIN://RECEIVER/R001"):
        with pytest.raises(NotABadge, match="receiver R001"):
            reception.admit(code, "plenary")
    assert small_event.checkins() == before
    assert small_event.pending_count() == 0


# --- numbering and importing --------------------------------------------------------------


def test_numbering_continues_after_the_highest(small_event):
    first = receivers.add_numbered(small_event, 3)
    assert [r.id for r in first] == ["R001", "R002", "R003"]
    more = receivers.add_numbered(small_event, 2, "r", channel="EN")
    assert [(r.id, r.channel) for r in more] == [("R004", "EN"), ("R005", "EN")]
    assert [r.id for r in receivers.add_numbered(small_event, 1, "FR", width=2)] == ["FR01"]
    assert small_event.unpushed("receiver") >= {("receiver", "R001"), ("receiver", "FR01")}
    with pytest.raises(receiver_codes.ReceiverNumberError):
        receivers.add_numbered(small_event, 0)


def test_import_reads_french_excel_csv_and_refuses_whole_on_a_bad_line(small_event, tmp_path):
    good = tmp_path / "recepteurs.csv"
    good.write_bytes("Numéro;Canal;Remarque\nR001;EN;\nr002;FR;rayé\n;;\n".encode("cp1252"))
    found = receivers.read_list(good, small_event)
    assert [(line.number, line.message) for line in found.lines] == [("R001", "new"),
                                                                    ("R002", "new")]
    assert receivers.import_list(small_event, found) == 2
    assert small_event.receiver("R002") == Receiver("R002", "rayé", "FR",
                                                    small_event.receiver("R002").updated_at)
    bad = tmp_path / "bad.csv"
    bad.write_text("Number\nR003\nR003\nR/4\n", encoding="utf-8-sig")
    found = receivers.read_list(bad, small_event)
    assert [line.line for line in found.refused] == [3, 4]
    with pytest.raises(receiver_codes.ReceiverNumberError):
        receivers.import_list(small_event, found)
    assert small_event.receiver("R003") is None  # nothing half imported
    again = receivers.read_list(good, small_event)
    assert {line.message for line in again.lines} == {"unchanged"}


def test_import_reads_xlsx_without_a_header(small_event, tmp_path):
    from checkin.reports.exports import write_xlsx
    from checkin.reports.tables import Table

    path = write_xlsx([Table("Feuil1", ("R010",), (("R011",), ("R012",)))],
                      tmp_path / "list.xlsx")
    found = receivers.read_list(path, small_event)
    assert [r.id for r in found.receivers] == ["R010", "R011", "R012"]


# --- lending ------------------------------------------------------------------------------


def test_lend_and_take_back_with_every_answer(lending, small_event):
    lent = lending.lend("checkin://receiver/R001", badge=badge(small_event, "p1"))
    assert lent.outcome is LendOutcome.LENT and lent.attendee.id == "p1"
    assert lent.colour == "green"
    # typed numbers: R1, r001, 1
    same = lending.lend("r1", badge=badge(small_event, "p1"))
    assert same.outcome is LendOutcome.ALREADY_THEIRS
    other = lending.lend("1", badge=badge(small_event, "p2"))
    assert other.outcome is LendOutcome.LENT_TO_OTHER and other.holder.id == "p1"
    assert other.colour == "amber"
    second = lending.lend("R002", badge=badge(small_event, "p1"))
    assert second.outcome is LendOutcome.HOLDS_ANOTHER and second.held == ("R001",)
    assert lending.lend("R099", badge=badge(small_event, "p1")).outcome is \
        LendOutcome.UNKNOWN_RECEIVER
    assert lending.lend("R002", badge="TST25-0000-0000-0000-0000").outcome is \
        LendOutcome.UNKNOWN_BADGE
    assert small_event.receiver_loan_count() == 1  # refusals write nothing
    taken = lending.lend("R001", badge=badge(small_event, "p2"), take_back=True)
    assert taken.outcome is LendOutcome.LENT and taken.holder.id == "p1"
    assert [e.action for e in taken.events] == [LoanAction.RETURN, LoanAction.LEND]
    back = lending.give_back("checkin://receiver/R001")
    assert back.outcome is LendOutcome.RETURNED and back.attendee.id == "p2"
    assert lending.give_back("R001").outcome is LendOutcome.NOT_LENT
    assert small_event.unpushed("loan") == {("loan", e.uuid) for e in
                                            small_event.loan_events()}
    history = receivers.loans(small_event.loan_events())
    assert [(x.attendee_id, x.out) for x in history] == [("p1", False), ("p2", False)]


def test_a_short_number_two_receivers_share_is_asked_again(lending, small_event):
    receivers.add_numbered(small_event, 2, "FR")
    both = lending.lend("1", badge=badge(small_event, "p1"))
    assert both.outcome is LendOutcome.UNKNOWN_RECEIVER
    assert both.candidates == ("FR001", "R001")
    assert lending.lend("fr1", badge=badge(small_event, "p1")).outcome is LendOutcome.LENT
    from checkin.commands.receivers import describe

    assert describe(both, small_event) == ("Which receiver? '1' may be FR001 or R001: give "
                                           "the whole number.")


def test_a_person_may_hold_a_second_one_when_asked(lending, small_event):
    lending.lend("R001", badge=badge(small_event, "p1"))
    both = lending.lend("R002", badge=badge(small_event, "p1"), second=True)
    assert both.outcome is LendOutcome.LENT
    assert [x.receiver_id for x in lending.held_by("p1")] == ["R001", "R002"]


def event(uuid, receiver, action, who, minutes, station="door"):
    return LoanEvent(uuid, receiver, action, who, station, NOW + timedelta(minutes=minutes))


def test_who_holds_what_is_read_in_time_order_whatever_arrived_first():
    # the desk took R1 back at 12:00 before the door's 09:00 loan reached it
    desk_first = [event("b", "R1", LoanAction.RETURN, "", 180, "desk"),
                  event("a", "R1", LoanAction.LEND, "p1", 0)]
    ordered = sorted(desk_first, key=lambda e: e.at)
    (loan,) = receivers.loans(ordered)
    assert not loan.out and loan.returned_by == "desk"
    # two offline stations lent it: the later one has it
    two = [event("a", "R1", LoanAction.LEND, "p1", 0),
           event("b", "R1", LoanAction.LEND, "p2", 5, "desk")]
    first, second = receivers.loans(two)
    assert first.lent_again_at == second.lent_at and not first.out and second.out
    # returned twice (two desks): one return is enough
    twice = [event("a", "R1", LoanAction.LEND, "p1", 0),
             event("b", "R1", LoanAction.RETURN, "p1", 5),
             event("c", "R1", LoanAction.RETURN, "p1", 6, "desk")]
    (only,) = receivers.loans(twice)
    assert only.returned_at == NOW + timedelta(minutes=5)


def test_loan_events_merge_as_a_union(small_event):
    events = [event("0b2f7f2c-0000-4000-8000-000000000001", "R1", LoanAction.LEND, "p1", 0)]
    assert small_event.record_loan_events(events, outbox=False) == 1
    assert small_event.record_loan_events(events, outbox=False) == 0
    assert small_event.pending_count() == 0


def test_the_log_names_people_by_their_id_only(lending, small_event, caplog):
    import logging
    from dataclasses import replace

    small_event.upsert_attendees([replace(small_event.attendee("p4"), phone="+257 79 00 11 22")])
    with caplog.at_level(logging.INFO, logger="checkin.receivers"):
        lending.lend("R001", badge=badge(small_event, "p4"))
        lending.give_back("R001")
    assert "receiver R001 lent to attendee p4" in caplog.text
    assert "receiver R001 returned by attendee p4" in caplog.text
    assert "Smith" not in caplog.text and "79 00" not in caplog.text


def test_not_returned_lists_the_phone_to_call(lending, small_event):
    from dataclasses import replace

    small_event.upsert_attendees([replace(small_event.attendee("p4"), phone="+257 79 00 11 22")])
    lending.lend("R003", badge=badge(small_event, "p4"))
    lending.lend("R001", badge=badge(small_event, "p1"))
    rows = receivers.not_returned(small_event)
    assert [(r.receiver, r.name, r.phone) for r in rows] == [
        ("R001", "Hélène Ndayishimiye", ""), ("R003", "John Smith", "+257 79 00 11 22")]
    assert receivers.tally(small_event) == receivers.Tally(5, 2, 2)


# --- the command line ---------------------------------------------------------------------


def run(store, *args) -> int:
    return cli.main(["--db", str(store.path), "receivers", *args])


def test_the_command_line_from_numbering_to_the_end_of_the_day(small_event, tmp_path, capsys):
    assert run(small_event, "add", "--count", "60") == 0
    assert "60 receivers added: R001 to R060" in capsys.readouterr().out
    assert run(small_event, "lend", badge(small_event, "p1"), "R012") == 0
    assert "Lent: R012 to Hélène Ndayishimiye." in capsys.readouterr().out
    assert run(small_event, "lend", badge(small_event, "p2"), "12") == 1
    said = capsys.readouterr().out
    assert "already lent to Hélène Ndayishimiye" in said and "--take-back" in said
    assert run(small_event, "lend", badge(small_event, "p2"), "R12", "--take-back") == 0
    assert "Taken back from Hélène Ndayishimiye" in capsys.readouterr().out
    assert run(small_event, "lend", badge(small_event, "p4"), "R013") == 0
    capsys.readouterr()
    assert run(small_event, "list") == 0
    listed = capsys.readouterr().out
    assert "R012\tlent to Kouadio N'Guessan since" in listed
    assert "60 receivers, 2 out, 58 here" in listed
    out = tmp_path / "out.csv"
    assert run(small_event, "out", "--export", str(out)) == 0
    assert "2 of 60 receivers not returned" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][:3] == ["Récepteur / Receiver", "Canal / Channel", "Nom / Name"]
    assert [r[0] for r in rows[1:]] == ["R012", "R013"]
    assert run(small_event, "return", "checkin://receiver/R012") == 0
    assert "Returned: R012, lent to Kouadio N'Guessan" in capsys.readouterr().out
    assert run(small_event, "return", "R012") == 1
    assert "not lent out" in capsys.readouterr().out
    assert run(small_event, "lend", "nobody", "R001") == 1
    assert "Unknown badge" in capsys.readouterr().out
    assert run(small_event, "lend", badge(small_event, "p1"), "R999") == 1
    assert "Unknown receiver" in capsys.readouterr().out


def test_the_command_line_imports_and_refuses_whole(small_event, tmp_path, capsys):
    path = tmp_path / "list.csv"
    path.write_text("Receiver,Channel\nR1,EN\nR1,EN\n", encoding="utf-8")
    assert run(small_event, "import", str(path)) == 1
    captured = capsys.readouterr()
    assert "line 3\tREFUSED" in captured.out and "nothing imported" in captured.err
    path.write_text("Receiver,Channel\nR1,EN\nR2,FR\n", encoding="utf-8")
    assert run(small_event, "import", str(path), "--dry-run") == 0
    assert small_event.receivers() == []
    assert run(small_event, "import", str(path)) == 0
    assert [r.id for r in small_event.receivers()] == ["R1", "R2"]


def test_admit_refuses_a_label_in_one_sentence(small_event, capsys):
    code = cli.main(["--db", str(small_event.path), "admit", "checkin://receiver/R001",
                     "--session", "plenary"])
    assert code == 1
    assert "label of interpretation receiver R001, not a badge" in capsys.readouterr().err
    assert small_event.checkins() == []


def test_exports_in_three_formats_share_the_catalogue(lending, small_event, tmp_path):
    from pypdf import PdfReader

    from checkin.reports import catalogue
    from checkin.reports.data import load_attendance

    lending.lend("R002", badge=badge(small_event, "p2"))
    data = load_attendance(small_event, now=NOW)
    for suffix in ("csv", "xlsx", "pdf"):
        written = catalogue.write("receivers-out", data, small_event,
                                  tmp_path / f"out.{suffix}")
        assert written.stat().st_size > 0
    text = PdfReader(str(tmp_path / "out.pdf")).pages[0].extract_text()
    assert "R002" in text and "N'Guessan" in text and "1 / 5" in text
    from checkin.xlsx_reader import open_workbook

    book = open_workbook((tmp_path / "out.xlsx").read_bytes())
    rows = book.sheet(book.names[0]).rows
    assert any("R002" in map(str, cells.values()) for cells in rows.values())


# --- the labels ---------------------------------------------------------------------------


@pytest.mark.parametrize("decoder", ["zxing", "zbar", "opencv"])
def test_a_sticker_rendered_by_the_badge_renderer_reads_back(decoder):
    import numpy as np

    from checkin.badges.receivers import StickerRenderer
    from checkin.scanner.decoders import make_decoder, to_gray

    image = StickerRenderer("TST25").render(Receiver("R012", channel="EN"))
    found = make_decoder(decoder).decode(to_gray(np.asarray(image)[:, :, ::-1].copy()))
    assert [f.text for f in found] == ["CHECKIN://RECEIVER/R012"]
    assert receiver_codes.read_label(found[0].text) == "R012"


def test_the_sticker_sheet_pdf_reads_back_with_pdftoppm(small_event, tmp_path):
    """The printed sheet itself, rasterised as a printer would (150 dpi): every sticker's
    code decodes to its receiver, and the numbers are there as text."""
    import shutil
    import subprocess

    import numpy as np
    from PIL import Image
    from pypdf import PdfReader

    from checkin.badges.receivers import STICKER_MM, StickerSheet
    from checkin.scanner.decoders import make_decoder, to_gray

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    receivers.add_numbered(small_event, 26)
    assert cli.main(["--db", str(small_event.path), "receivers", "labels", "--out",
                     str(tmp_path / "labels.pdf")]) == 0
    reader = PdfReader(str(tmp_path / "labels.pdf"))
    assert len(reader.pages) == 2
    assert "R001" in reader.pages[0].extract_text() and "R026" in reader.pages[1].extract_text()
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-f", "1", "-l", "1",
                    str(tmp_path / "labels.pdf"), str(tmp_path / "page")], check=True)
    page = np.asarray(Image.open(next(tmp_path.glob("page*.png"))).convert("L"))
    sheet, (w, h) = StickerSheet(), STICKER_MM
    px = 150 / 25.4
    read = set()
    zxing = make_decoder("zxing")
    for slot in range(24):  # each sticker where the sheet puts it
        x, y = sheet._origin(slot)
        cell = page[round(y * px):round((y + h) * px), round(x * px):round((x + w) * px)]
        read |= {f.text for f in zxing.decode(to_gray(np.ascontiguousarray(cell)))}
    assert read == {f"CHECKIN://RECEIVER/R{n:03d}" for n in range(1, 25)}


def test_export_all_writes_the_list_when_receivers_are_lent(lending, small_event, tmp_path):
    lending.lend("R004", badge=badge(small_event, "p2"))
    folder = tmp_path / "rapports"
    assert cli.main(["--db", str(small_event.path), "export", "all", "-d", str(folder),
                     "--no-pdf"]) == 0
    text = (folder / "receivers-out.csv").read_text(encoding="utf-8-sig")
    assert "R004;;Kouadio N'Guessan" in text
