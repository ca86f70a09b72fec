"""The PDFs, read back: text extracted with pypdf, images taken out of the pages."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from PIL import Image
from pypdf import PdfReader

from checkin.badges import BadgeStyle
from checkin.model import CheckIn, Method
from checkin.reports import certificates, sheet, summary
from checkin.reports.data import load_attendance
from tests.reports.conftest import T0, crowd


def pdf_text(path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Extracted text with line breaks as spaces: wrapped cells read as one. The invisible
    break opportunities after hyphens (U+200B) are dropped, as a reader never sees them."""
    text = text.replace("\u200b", "").replace("-\n", "-")
    return " ".join(text.split())


def test_session_sheet(attended, tmp_path):
    data = load_attendance(attended)
    path = sheet.session_sheet_pdf(data, data.session("plenary"), tmp_path / "plenary.pdf")
    (page,) = pdf_text(path)
    for expected in (
        "Conférence d'essai",
        "Test conference",
        "LISTE DE PRÉSENCE / ATTENDANCE SHEET",
        "Plénière d'ouverture / Opening plenary",
        "lundi 3 février 2025 / Monday 3 February 2025",
        "08:00–11:00",
        "Auditorium",
        "N°",
        "Nom / Name",
        "Prénom / First",
        "Organisation",
        "Pays / Country",
        "Heure d'arrivée",
        "Signature",
        "N'Guessan",
        "Hélène",
        "Côte d'Ivoire",
        "09:30",
        "Total des présents / Total present: 3",
        "Attendus / Expected: 4",
        "Page 1 / 1",
    ):
        assert expected in page, expected
    assert "Smith" not in page  # his check-in was undone


def test_day_sheet_counts_each_person_once(attended, tmp_path):
    data = load_attendance(attended)
    path = sheet.day_sheet_pdf(data, date(2025, 2, 3), tmp_path / "day.pdf")
    text = flat(" ".join(pdf_text(path)))
    assert "Toutes les sessions de la journée / All sessions of the day" in text
    # p1, p2, p4 (workshop by override), p5 — each once, with the first arrival of the day.
    assert "Total des présents / Total present: 4" in text
    assert text.count("Ndayishimiye") == 1
    assert "Smith" in text and "12:10" in text


def test_long_list_paginates_wraps_and_numbers_pages(small_event, tmp_path):
    people = crowd(70, seed=11)
    giant = people[0].__class__(
        **{**people[0].__dict__, "id": "giant", "last_name": "Mukeshimana-Uwimana-Bigirimana-"
           "Ndayizeye-Nshimirimana", "organisation": "Réseau africain des mutuelles de santé et "
           "des organisations de l’économie sociale et solidaire pour la couverture universelle"}
    )
    people[0] = giant
    small_event.upsert_attendees(people)
    small_event.merge_checkins(
        CheckIn(f"u{i}", p.id, "plenary", "st", T0 + timedelta(seconds=i), Method.CAMERA)
        for i, p in enumerate(people)
    )
    data = load_attendance(small_event)
    path = sheet.session_sheet_pdf(data, data.session("plenary"), tmp_path / "long.pdf")
    pages = pdf_text(path)
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert f"Page {number} / {len(pages)}" in page
        assert "Nom / Name" in page  # headings repeated on every page
        assert "Plénière d'ouverture" in page
    text = flat(" ".join(pages))
    assert "Total des présents / Total present: 70" in text
    # The long name and organisation wrap inside their cells; every part is there.
    for part in ("Mukeshimana-Uwimana-Bigirimana-Ndayizeye-Nshimirimana", "économie sociale",
                 "couverture universelle", "D’Almeida", "O'Neill", "Søren", "Ōtomo"):
        assert part in text, part
    assert "70" in text.split("Total present:")[-1]


def test_certificates_merged(attended, tmp_path):
    data = load_attendance(attended)
    style = BadgeStyle.from_event(data.event)
    result = certificates.write_certificates(
        data, style, tmp_path / "certs.pdf", issued=date(2025, 2, 4)
    )
    assert result.people == ("p5", "p2", "p1", "p4")  # Li, N'Guessan, Ndayishimiye, Smith
    pages = [flat(t) for t in pdf_text(result.paths[0])]
    assert len(pages) == 4
    helene = pages[2]
    for expected in (
        "ATTESTATION DE PARTICIPATION",
        "Certificate of attendance",
        "Hélène Ndayishimiye",
        "Mutuelle de la Fonction Publique, Burundi",
        "a participé à / attended",
        "Conférence d'essai",
        "Sessions suivies / Sessions attended",
        "Plénière d'ouverture / Opening plenary",
        "Atelier A / Workshop A",
        "le 4 février 2025",
        "on 4 February 2025",
    ):
        assert expected in helene, expected
    assert "Salon des intervenants" not in helene
    assert "Kouadio N'Guessan" in pages[1]
    assert "Speakers' lounge" in pages[1]


def test_certificates_one_file_per_person(attended, tmp_path):
    data = load_attendance(attended)
    style = BadgeStyle.from_event(data.event)
    result = certificates.write_certificates(
        data, style, tmp_path / "out", one_file_per_person=True, attendee_ids=("p2", "p3", "p1")
    )
    names = sorted(p.name for p in result.paths)
    assert names == ["N-Guessan_Kouadio_p2.pdf", "Ndayishimiye_Helene_p1.pdf"]  # p3: cancelled
    for path in result.paths:
        (page,) = pdf_text(path)
        assert "ATTESTATION DE PARTICIPATION" in page
    assert sorted((tmp_path / "out").iterdir()) == sorted(result.paths)


def test_summary_pdf_embeds_the_chart(attended, tmp_path):
    data = load_attendance(attended)
    path = summary.write_summary_pdf(data, tmp_path / "summary.pdf")
    reader = PdfReader(path)
    text = flat(" ".join(p.extract_text() for p in reader.pages))
    for expected in ("Résumé des présences / Attendance summary", "Inscrits / Registered",
                     "Plénière d'ouverture / Opening plenary", "Catégories", "Pays",
                     "Côte d'Ivoire", "Intervenant / Speaker"):
        assert expected in text, expected
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 1
    chart = Image.open(io.BytesIO(images[0].data))
    assert chart.width >= 1000


def test_arrival_buckets_and_chart(attended):
    data = load_attendance(attended)
    days = summary.arrival_buckets(data)
    (day,) = days
    buckets = days[day]
    assert sum(b.count for b in buckets) == len(data.arrivals) == 7
    assert buckets[0].start.strftime("%H:%M") == "09:30"
    assert buckets[-1].start.strftime("%H:%M") == "12:00"
    assert all(b.start.minute % 15 == 0 for b in buckets)
    assert len(buckets) == 11  # 09:30 … 12:00, empty quarters included
    image = summary.arrivals_chart(data)
    # Bars are drawn in the bar colour; no arrivals, no bars.
    assert summary.BAR in {c for _, c in image.getcolors(1 << 20)}


def test_chart_without_arrivals(small_event):
    image = summary.arrivals_chart(load_attendance(small_event))
    assert summary.BAR not in {c for _, c in image.getcolors(1 << 20)}


@pytest.mark.parametrize("day", [date(2025, 2, 3), date(2025, 2, 4)])
def test_long_date_is_bilingual(day):
    text = sheet.long_date(day)
    assert " / " in text and str(day.year) in text


def test_summary_writes_rates_with_a_decimal_comma(attended, tmp_path):
    """Issue 15, item 7: "42,9 %" in the French documents, never "42.9"."""
    from checkin import tokens
    from checkin.model import Attendee
    from checkin.pdf import decimal, percent

    attended.upsert_attendees([
        Attendee(f"x{n}", "test", tokens.new_token("TST25"), "Jeanine", f"Nizigiyimana{n}",
                 "MFP", "Burundi") for n in range(3)
    ])  # the plenary: 3 present of 7 expected
    data = load_attendance(attended)
    path = summary.write_summary_pdf(data, tmp_path / "summary.pdf")
    text = flat(" ".join(pdf_text(path)))
    assert "42,9\u202f%" in text or "42,9 %" in text, text
    assert "42.9" not in text
    assert decimal(41.44) == "41,4" and decimal(50.0) == "50" and percent(None) == ""


def test_certificates_are_dated_by_the_event_not_the_clock(attended, tmp_path):
    """Issue 15, item 5: without a chosen date, the event's last day (4 February 2025 here),
    whatever the computer's clock says; a chosen date wins."""
    data = load_attendance(attended)
    style = BadgeStyle.from_event(data.event)
    result = certificates.write_certificates(data, style, tmp_path / "c.pdf")
    page = flat(pdf_text(result.paths[0])[0])
    assert "le 4 février 2025" in page and "on 4 February 2025" in page
    chosen = certificates.write_certificates(data, style, tmp_path / "d.pdf",
                                             issued=date(2025, 3, 1))
    assert "le 1er mars 2025" in flat(pdf_text(chosen.paths[0])[0])
