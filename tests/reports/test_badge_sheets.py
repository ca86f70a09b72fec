"""Badge sheets as PDF, read back: names and grouped tokens as text, QR codes taken out of the
pages and decoded, crop marks counted, the selection and the printed marks."""

from __future__ import annotations

import io
import re

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader

from checkin import tokens
from checkin.badges import BadgeFormat, BadgeStyle
from checkin.badges.sheets import BadgeSelection, print_badges, select_attendees, write_badges_pdf
from checkin.scanner.decoders import default_decoder
from tests.reports.conftest import crowd

MM = 72 / 25.4  # PDF points per millimetre


@pytest.fixture(scope="module")
def decoder():
    return default_decoder()


def page_tokens(decoder, page) -> set[str]:
    found = set()
    for image in page.images:
        picture = Image.open(io.BytesIO(image.data)).convert("L")
        found |= {d.text for d in decoder.decode(np.asarray(picture))}
    return found


@pytest.mark.parametrize(
    "fmt, pages, page_mm",
    [
        (BadgeFormat.A4_4, 3, (210, 297)),
        (BadgeFormat.A4_8, 2, (210, 297)),
        (BadgeFormat.A6, 10, (105, 148)),
        (BadgeFormat.CARD, 10, (86, 54)),
    ],
)
def test_sheet_reads_back(small_event, tmp_path, decoder, fmt, pages, page_mm):
    people = crowd(10, seed=7)
    style = BadgeStyle.from_event(small_event.event())
    result = write_badges_pdf(people, style, fmt, tmp_path / "badges.pdf")
    reader = PdfReader(result.path)
    assert result.badges == 10 and result.pages == pages == len(reader.pages)
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == page_mm
    # A compound name wrapped after its hyphen reads as one word again.
    text = " ".join(p.extract_text() for p in reader.pages).replace("-\n", "-")
    for p in people:
        assert p.first_name in text and p.last_name in text
        assert tokens.grouped(p.token) in text  # the token under the QR, in groups of four
    assert "Conférence d'essai" in text
    decoded = set()
    for page in reader.pages:
        decoded |= page_tokens(decoder, page)
    assert decoded == {p.token for p in people}


def crop_mark_count(page) -> int:
    """Stroked line segments in the page's drawing (fpdf2 writes 'x y m x y l S')."""
    return len(re.findall(rb" l S", page.get_contents().get_data()))


@pytest.mark.parametrize("fmt", list(BadgeFormat))
def test_crop_marks_on_a4_sheets_only(small_event, tmp_path, fmt):
    style = BadgeStyle.from_event(small_event.event())
    result = write_badges_pdf(crowd(1), style, fmt, tmp_path / "one.pdf")
    page = PdfReader(result.path).pages[0]
    expected = 8 * fmt.grid.per_page if fmt.grid.crop_marks else 0
    assert crop_mark_count(page) == expected


def test_selection(small_event):
    everybody = select_attendees(small_event, BadgeSelection())
    assert [a.id for a in everybody] == ["p5", "p2", "p1", "p4"]  # p3 cancelled
    assert [a.id for a in select_attendees(small_event, BadgeSelection(category="speaker"))] == ["p2"]
    by_org = select_attendees(small_event, BadgeSelection(organisation="FONCTION publique"))
    assert [a.id for a in by_org] == ["p1"]
    with_cancelled = select_attendees(small_event, BadgeSelection(include_cancelled=True))
    assert len(with_cancelled) == 5
    assert [a.id for a in select_attendees(small_event, BadgeSelection(attendee_ids=("p4", "p3")))] == ["p4"]


def test_print_marks_printed_and_not_printed_selects_the_rest(small_event, tmp_path):
    first = print_badges(small_event, tmp_path / "a.pdf", selection=BadgeSelection(category="organiser"))
    assert first.attendee_ids == ("p5",)
    assert small_event.attendee("p5").badge_printed_at is not None
    rest = print_badges(small_event, tmp_path / "b.pdf", selection=BadgeSelection(not_printed=True))
    assert set(rest.attendee_ids) == {"p1", "p2", "p4"}
    again = print_badges(small_event, tmp_path / "c.pdf", selection=BadgeSelection(not_printed=True))
    assert again.badges == 0 and len(PdfReader(again.path).pages) == 1


def test_unmarked_when_asked(small_event, tmp_path):
    print_badges(small_event, tmp_path / "a.pdf", mark_printed=False)
    assert all(a.badge_printed_at is None for a in small_event.attendees())


def test_the_layout_follows_the_event(small_event, tmp_path):
    from dataclasses import replace

    event = replace(small_event.event(), badge_settings={"title": "Badge de l'événement test",
                                                          "category_labels": {
                                                              "speaker": ["Orateur", "Speaker"]}})
    small_event.save_event(event)
    result = print_badges(small_event, tmp_path / "s.pdf", fmt=BadgeFormat.A6,
                          selection=BadgeSelection(category="speaker"))
    text = PdfReader(result.path).pages[0].extract_text()
    assert "Badge de l'événement test" in text
    assert "ORATEUR · SPEAKER" in text
    assert "Kouadio" in text and "N'Guessan" in text
