"""The small XLSX writer, read back cell by cell with openpyxl."""

from __future__ import annotations

import zipfile
from datetime import datetime

import openpyxl

from checkin.reports import xlsx_writer as xlsx
from checkin.reports.exports import Sheet, write_xlsx
from checkin.reports.tables import Table

TRICKY = [
    "Hélène Ndayishimiye",
    "N'Guessan & fils <SARL> \"quoted\"",
    "=HYPERLINK(\"http://example.invalid\")",
    "  spaces kept  ",
    "tab\tand\nnewline",
    "Ōtomo – 東京",
]


def test_values_round_trip(tmp_path):
    when = datetime(2025, 2, 3, 9, 30, 15)
    rows = tuple((text, n, n + 0.25, when, None, n % 2 == 0) for n, text in enumerate(TRICKY))
    table = Table("Données", ("Texte", "Entier", "Réel", "Heure", "Vide", "Booléen"), rows)
    path = write_xlsx([table], tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(path)["Données"]
    read = list(sheet.iter_rows(values_only=True))
    assert read[0] == table.headers
    for got, (text, n, real, moment, _none, flag) in zip(read[1:], rows, strict=True):
        assert got == (text, n, real, moment, None, flag)
    assert sheet["D2"].number_format == xlsx.DATE_FORMAT
    assert sheet["A1"].font.b and not sheet["A2"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width >= len("=HYPERLINK(\"http://example.invalid\")")


def test_control_characters_are_dropped_not_fatal(tmp_path):
    table = Table("x", ("a",), (("bell\x07 and nul\x00",),))
    path = write_xlsx([table], tmp_path / "c.xlsx")
    assert openpyxl.load_workbook(path)["x"]["A2"].value == "bell and nul"


def test_stacked_tables_with_titles(tmp_path):
    first = Table("Premier / First", ("k", "v"), (("a", 1), ("b", 2)))
    second = Table("Second", ("k", "v"), (("c", 3),))
    path = write_xlsx([Sheet("Résumé", (first, second), titled=True)], tmp_path / "s.xlsx")
    sheet = openpyxl.load_workbook(path)["Résumé"]
    assert list(sheet.iter_rows(values_only=True)) == [
        ("Premier / First", None), ("k", "v"), ("a", 1), ("b", 2), (None, None),
        ("Second", None), ("k", "v"), ("c", 3),
    ]
    assert sheet["A1"].font.b and sheet["A6"].font.b
    assert sheet.freeze_panes is None


def test_shared_strings_are_stored_once(tmp_path):
    rows = tuple(("Mutuelle de la Fonction Publique", n) for n in range(1000))
    path = write_xlsx([Table("t", ("org", "n"), rows)], tmp_path / "s.xlsx")
    with zipfile.ZipFile(path) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode()
    assert strings.count("Mutuelle de la Fonction Publique") == 1
    assert openpyxl.load_workbook(path)["t"]["A1001"].value == "Mutuelle de la Fonction Publique"


def test_many_columns_and_sheets(tmp_path):
    wide = Table("wide", tuple(f"c{i}" for i in range(60)), (tuple(range(60)),))
    sheets = [wide] + [Table(f"s{i}", ("a",), ((i,),)) for i in range(20)]
    book = openpyxl.load_workbook(write_xlsx(sheets, tmp_path / "w.xlsx"))
    assert len(book.sheetnames) == 21
    assert book["wide"]["BH2"].value == 59  # the 60th column
    assert xlsx.column_letter(0) == "A" and xlsx.column_letter(26) == "AA"
    assert xlsx.column_letter(701) == "ZZ" and xlsx.column_letter(702) == "AAA"
