"""Issue 15, item 8: nothing pushes the window past a 1366 × 768 screen: no page's minimum
size, in French, English or the pseudo-locale (40 % longer strings), nor any staff PIN pad
opened on a page (an export, an override), nor the window once they are open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.ui.test_desk_window import PseudoTranslator
from tests.ui.window_fixtures import qm_dir, station  # noqa: F401 (fixtures)

SCREEN = (1366, 768)


def pages(station):
    d = station.desk
    return [station.scan_page, d.search_page, d.walkin_page, d.attendee_panel, d.dashboard,
            d.settings_page, station.receivers_page]


def open_pads(station):
    """Every inline PIN pad a volunteer or an organiser can open, each on its page."""
    d = station.desk
    d.attendee_panel.show_attendee("p1")
    return [
        (station.scan_page, lambda: station.scan_page.pin_pad.ask("override")),
        (d.dashboard, lambda: d.dashboard.ask_export(next(iter(d.dashboard.export_buttons)))),
        (d.attendee_panel, lambda: d.attendee_panel.pin_pad.ask("override")),
        (station.receivers_page, lambda: station.receivers_page.pin_pad.ask("receivers:unlock")),
    ]


def too_big(size) -> bool:
    return size.width() > SCREEN[0] or size.height() > SCREEN[1]


@pytest.mark.parametrize("language", ["fr", "en", "pseudo"])
def test_no_page_and_no_pin_pad_pushes_the_window_past_the_screen(qtbot, station, language):
    window = station.window
    pseudo = None
    if language == "pseudo":
        pseudo = PseudoTranslator()
        QCoreApplication.installTranslator(pseudo)
    else:
        station.set_language(language)
    try:
        window.resize(*SCREEN)
        qtbot.wait(30)
        over = []
        for page in pages(station):
            window.show_page(page)
            qtbot.wait(10)
            for name, size in (("page", page.minimumSizeHint()),
                               ("window", window.minimumSizeHint())):
                if too_big(size):
                    over.append(f"{type(page).__name__}: the {name} needs "
                                f"{size.width()} x {size.height()}")
        for page, open_pad in open_pads(station):
            window.show_page(page)
            open_pad()
            QApplication.processEvents()
            qtbot.wait(30)
            for name, size in (("minimum", window.minimumSizeHint()),
                               ("size", window.size())):
                if too_big(size):
                    over.append(f"{type(page).__name__} with its PIN pad: the window's {name} "
                                f"is {size.width()} x {size.height()}")
            pad = page.pin_pad
            visible = pad.visibleRegion().boundingRect()
            if pad.isVisible() and visible.height() < pad.height():
                over.append(f"{type(page).__name__}: the PIN pad shows {visible.height()} of "
                            f"its {pad.height()} px")
        assert not over, f"past {SCREEN[0]} x {SCREEN[1]} in {language}:\n" + "\n".join(over)
    finally:
        if pseudo is not None:
            QCoreApplication.removeTranslator(pseudo)
        station.set_language("fr")  # the next tests expect the default language


@pytest.mark.parametrize("language", ["fr", "en", "pseudo"])
def test_session_chips_and_the_code_hint_are_not_cut_at_1366(qtbot, station, language):
    """Issue 15, item 16: "Salon des intervenants et officiels – jo…" and a cut hint in the
    typed-code field, at 1366 px."""
    from checkin.model import Session
    from tests.fixed_time import NOW

    lounge = station.store.session("speakers")
    station.store.upsert_sessions([
        Session("lounge-2", lounge.event_id, "Salon des intervenants et officiels – jour 1",
                "Speakers' and officials' lounge – day 1", NOW - (NOW - lounge.starts_at),
                lounge.ends_at, room="Salon VIP"),
    ])
    pseudo = None
    if language == "pseudo":
        pseudo = PseudoTranslator()
        QCoreApplication.installTranslator(pseudo)
    else:
        station.set_language(language)
    try:
        page = station.scan_page
        page.reload_sessions()
        page.set_session("plenary")
        station.window.resize(*SCREEN)
        station.window.show_page(page)
        qtbot.waitUntil(lambda: all(b.isVisible() for b in page.quick_buttons), timeout=3000)
        chips = [b for b in page.quick_buttons if b.isVisible()]
        assert len(chips) >= 3, (page.quick_row.isVisible(), [(b.text(), b.isVisible())
                                                             for b in page.quick_buttons])
        for chip in chips:
            assert "…" not in chip.text(), chip.text()
            assert chip.sizeHint().width() <= chip.width() + 1, chip.text()
        assert any("\n" in chip.text() for chip in chips)  # the long name on two lines
        entry = page.manual_entry
        hint = entry.fontMetrics().horizontalAdvance(entry.placeholderText())
        assert entry.width() >= hint + 12, (entry.placeholderText(), entry.width(), hint)
    finally:
        if pseudo is not None:
            QCoreApplication.removeTranslator(pseudo)
        station.set_language("fr")  # the next tests expect the default language
