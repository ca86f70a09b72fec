"""Badge rendering: sizes at 300 dpi, names that always fit, settings from the event, and QR
codes decoded by the project's own decoders, with a corner covered and for every demo
attendee."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import numpy as np
import pytest
import qrcode
from PIL import Image

from checkin import tokens
from checkin.badges import BadgeFormat, BadgeRenderer, BadgeStyle, ErrorCorrection, qr_image
from checkin.badges.layout import ALLOWED_LEVELS, DEFAULT_CATEGORY_COLOURS, mm_to_px
from checkin.badges.render import qr_modules
from checkin.badges.text import fit_text, font
from checkin.model import Attendee, Event
from checkin.scanner.decoders import default_decoder

EVENT = Event(
    "e", "TST25", "Conférence d'essai sur la mutualité", "Mutuality test conference",
    "Africa/Bujumbura", date(2025, 2, 3), date(2025, 2, 4), venue="Bujumbura",
)


@pytest.fixture(scope="module")
def decoder():
    return default_decoder()


def person(first="Hélène", last="Ndayishimiye", **kwargs) -> Attendee:
    kwargs.setdefault("token", tokens.new_token("TST25", random.Random(first + last)))
    return Attendee("a1", "e", first_name=first, last_name=last,
                    organisation=kwargs.pop("organisation", "Mutuelle de la Fonction Publique"),
                    country=kwargs.pop("country", "Burundi"), **kwargs)


def decode(decoder, image: Image.Image) -> set[str]:
    return {d.text for d in decoder.decode(np.asarray(image.convert("L")))}


def rejoin(lines) -> str:
    """Lines back into the text: a line ending in a hyphen continues the same word."""
    text = ""
    for line in lines:
        text += line if (not text or text.endswith("-")) else " " + line
    return text


# --- sizes and layout ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(BadgeFormat))
def test_size_at_300_dpi(fmt):
    image = BadgeRenderer(BadgeStyle.from_event(EVENT), fmt).render(person())
    width, height = fmt.size_mm
    assert image.size == (mm_to_px(width), mm_to_px(height))
    assert image.mode == "RGB"


def test_a6_and_card_in_pixels():
    assert BadgeFormat.A6.size_px() == (1240, 1748)
    assert BadgeFormat.CARD.size_px() == (1016, 638)
    assert BadgeFormat.A4_8.grid.per_page == 8 and BadgeFormat.A4_4.grid.per_page == 4


NAMES = [
    ("Hélène", "Ndayishimiye"),
    ("Kouadio", "N'Guessan"),
    ("Élodie", "Nkurunziza-Habonimana"),
    ("Marie-Goreth", "Mukeshimana-Uwimana-Bigirimana-Ndayizeye"),
    ("Wolfeschlegelsteinhausenbergerdorff", "Hubert Blaine"),
    ("Jean-Baptiste Emmanuel Désiré", "Ntakirutimana Nshimirimana Hakizimana Ndikumana"),
    ("Wu", "Li"),
]


@pytest.mark.parametrize("fmt", list(BadgeFormat))
@pytest.mark.parametrize("first, last", NAMES)
def test_names_always_fit_and_are_never_cut(fmt, first, last):
    renderer = BadgeRenderer(BadgeStyle.from_event(EVENT), fmt)
    who = person(first, last)
    _, drawing = renderer.render_with_layout(who)
    fit, box = drawing.name, drawing.name_box
    assert rejoin(fit.lines) == f"{first} {last}"
    assert fit.width() <= box.width
    assert 0 <= box.x and box.x + box.width <= renderer.width
    assert box.y >= renderer.header_height
    if fmt.landscape:
        assert box.x + box.width <= drawing.qr.x  # left of the code
    else:
        assert box.y + fit.height <= drawing.qr.y  # above the code
    assert box.y + fit.height <= drawing.band.y


def test_a_short_name_is_large():
    renderer = BadgeRenderer(BadgeStyle.from_event(EVENT), BadgeFormat.A6)
    _, drawing = renderer.render_with_layout(person("Wu", "Li"))
    assert drawing.name.lines == ("Wu Li",)
    assert drawing.name.size >= 120  # px at 300 dpi: about 10 mm
    _, long_one = renderer.render_with_layout(person(*NAMES[5]))
    assert long_one.name.size < drawing.name.size  # shrinks rather than overflows


def test_fit_text_shrinks_then_wraps_never_cuts():
    word = "Wolfeschlegelsteinhausenbergerdorff"
    fit = fit_text(word, 200, 40, max_lines=2, max_size=60, bold=True)
    assert fit.lines == (word,) and font(fit.size, True).getlength(word) <= 200
    crowd = " ".join(["Ndayishimiye"] * 12)
    fit = fit_text(crowd, 300, 60, max_lines=2, max_size=40)
    assert rejoin(fit.lines) == crowd  # more lines and a smaller size, all of it kept
    assert fit.height <= 60 or fit.size == 1


# --- the event's settings ------------------------------------------------------------------


def pixel(image, x, y):
    return image.getpixel((x, y))[:3]


def test_layout_comes_from_the_event_settings(tmp_path):
    logo = Image.new("RGB", (200, 100), (255, 0, 255))
    logo.save(tmp_path / "logo.png")
    settings = {
        "title": "Titre du badge",
        "subtitle": "",
        "header_colour": "#112233",
        "category_colours": {"speaker": "#00aa00"},
        "category_labels": {"speaker": ["Orateur", "Speaker"]},
        "logo": "logo.png",
        "error_correction": "Q",
    }
    event = replace(EVENT, badge_settings=settings)
    style = BadgeStyle.from_event(event, base_dir=tmp_path)
    assert style.logo == tmp_path / "logo.png"
    assert style.error_correction is ErrorCorrection.Q
    assert style.category_label("speaker") == "ORATEUR · SPEAKER"
    renderer = BadgeRenderer(style, BadgeFormat.A6)
    image = renderer.render(person(category="speaker"))
    assert pixel(image, renderer.width - 3, 3) == (0x11, 0x22, 0x33)
    assert pixel(image, 3, renderer.height - 3) == (0, 0xAA, 0)
    header = image.crop((0, 0, renderer.width, renderer.header_height))
    assert (255, 0, 255) in {c for _, c in header.getcolors(1 << 20)}
    # Another category keeps its default colour.
    other = renderer.render(person(category="press"))
    expected = tuple(int(DEFAULT_CATEGORY_COLOURS["press"][i : i + 2], 16) for i in (1, 3, 5))
    assert pixel(other, 3, renderer.height - 3) == expected


def test_defaults_when_the_settings_are_empty_or_wrong(caplog):
    plain = BadgeStyle.from_event(EVENT)
    assert plain.title == EVENT.title_fr
    assert plain.subtitle == "Bujumbura · 3–4/02/2025"
    assert plain.error_correction is ErrorCorrection.Q
    assert plain.category_label("speaker") == "INTERVENANT · SPEAKER"
    assert plain.category_label("participant") == "PARTICIPANT"
    broken = replace(EVENT, badge_settings={"header_colour": "not a colour", "logo": "missing.png",
                                            "error_correction": "L"})
    style = BadgeStyle.from_event(broken)
    assert style.header_colour == plain.header_colour and style.logo is None
    assert style.error_correction is ErrorCorrection.Q  # L is never allowed
    BadgeRenderer(style, BadgeFormat.CARD).render(person())  # still renders


def test_band_label_ink_contrasts():
    event = replace(EVENT, badge_settings={"category_colours": {"press": "#ffee00"}})
    renderer = BadgeRenderer(BadgeStyle.from_event(event), BadgeFormat.A6)
    image = renderer.render(person(category="press"))
    band = image.crop((0, renderer.height - renderer.band_height + 2, renderer.width,
                       renderer.height))
    colours = {c for _, c in band.getcolors(1 << 20)}
    assert (0, 0, 0) in colours and (255, 255, 255) not in colours  # black on yellow


# --- QR codes ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(BadgeFormat))
def test_badge_decodes(decoder, fmt):
    who = person()
    image = BadgeRenderer(BadgeStyle.from_event(EVENT), fmt).render(who)
    assert decode(decoder, image) == {who.token}


def cover_corner(image: Image.Image, box, share: float, fill) -> Image.Image:
    """Paint over the bottom-right corner of the symbol, ``share`` of its side on each
    edge: where a thumb holding the badge goes. The symbol's edges are found from its dark
    modules inside ``box`` (the code with its quiet zone)."""
    code = np.asarray(image.convert("L").crop((box.x, box.y, box.right, box.bottom)))
    rows, cols = np.nonzero(code < 128)
    left = box.x + cols.min()
    right, bottom = box.x + cols.max() + 1, box.y + rows.max() + 1
    side = round((right - left) * share)
    covered = image.copy()
    covered.paste(fill, (right - side, bottom - side, right, bottom))
    return covered


@pytest.mark.parametrize("level", ALLOWED_LEVELS)
@pytest.mark.parametrize("fill", [(0, 0, 0), (255, 255, 255), (200, 160, 130)])
def test_scans_with_a_corner_covered(decoder, level, fill):
    event = replace(EVENT, badge_settings={"error_correction": level.value})
    renderer = BadgeRenderer(BadgeStyle.from_event(event), BadgeFormat.CARD)
    who = person()
    image, drawing = renderer.render_with_layout(who)
    covered = cover_corner(image, drawing.qr, 0.30, fill)
    assert np.asarray(covered).tobytes() != np.asarray(image).tobytes()
    assert decode(decoder, covered) == {who.token}


def test_a_low_level_code_does_not_survive_the_same_cover(decoder):
    """The control: the same cover on a level-L code loses it, so the test above can fail."""
    token = person().token
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_L, box_size=12, border=4)
    code.add_data(token)
    code.make(fit=True)
    image = code.make_image().get_image().convert("RGB")
    from checkin.badges.render import Box

    covered = cover_corner(image, Box(0, 0, image.width, image.height), 0.30, (0, 0, 0))
    assert covered.getpixel((image.width - 60, image.height - 60)) == (0, 0, 0)
    assert decode(decoder, image) == {token}
    assert token not in decode(decoder, covered)


def test_token_is_encoded_alphanumeric_in_a_version_2_code():
    """22 characters of upper-case base 32: alphanumeric mode fits version 2 (25 modules) at
    level Q; as bytes it would need version 3 (29)."""
    token = "IMC25-AB7FVY6D2APXGZS0"
    assert qr_modules(token, ErrorCorrection.Q).shape == (25 + 8, 25 + 8)
    as_bytes = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, border=4)
    as_bytes.add_data(qrcode.util.QRData(token.encode(), mode=qrcode.util.MODE_8BIT_BYTE))
    as_bytes.make(fit=True)
    assert as_bytes.version == 3
    # The longest prefix our tokens allow still fits version 2 at Q.
    assert qr_modules("ABCDEFGHJKMN-" + "7" * 16, ErrorCorrection.Q).shape == (33, 33)


def test_a_foreign_secret_in_lower_case_goes_in_byte_mode_and_reads(decoder):
    secret = "dz4oyr3knn9wpj8t7qb6gxc3ja5v2ema"  # a pretix order position's secret
    image = qr_image(secret, 400, ErrorCorrection.Q).convert("RGB")
    assert decode(decoder, image) == {secret}


def test_a6_badge_prints_modules_a_720p_webcam_reads_at_80_cm():
    """1.75 mm a module: 2.4 px at 0.8 m for a 1280-px, 60° webcam (bench_badge_distance.py
    measures the read rate)."""
    renderer = BadgeRenderer(BadgeStyle.from_event(EVENT), BadgeFormat.A6)
    drawing = renderer.layout(person())
    module_mm = drawing.qr.width / (25 + 8) * 25.4 / 300
    assert module_mm >= 1.75
    assert module_mm * 1280 / (2 * 800 * 0.57735) >= 2.4


def test_qr_modules_are_whole_pixels():
    image = qr_image("TST25-0123456789ABCDEF", 500, ErrorCorrection.H)
    pixels = np.asarray(image)
    assert set(np.unique(pixels)) <= {0, 255}
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_H, border=4)
    code.add_data("TST25-0123456789ABCDEF")
    code.make(fit=True)
    modules = len(code.get_matrix())  # with the quiet zone
    assert image.size == (modules * (500 // modules),) * 2


# --- every demo attendee -------------------------------------------------------------------


def demo_people():
    from checkin.demo import DEMO_EVENT, generate_attendees

    return DEMO_EVENT, generate_attendees()


@pytest.mark.slow
def test_every_demo_badge_decodes(decoder):
    """All 1,500 demo attendees on the card format (the smallest code), decoded by the
    project's default decoder chain: about 20 s, 45 s on a loaded machine. The other formats
    get a seeded sample below; bench/bench_badges.py round-trips all 1,500 in every format."""
    event, people = demo_people()
    assert len(people) == 1500
    renderer = BadgeRenderer(BadgeStyle.from_event(event), BadgeFormat.CARD)
    missed = [p.reg_no for p in people if decode(decoder, renderer.render(p)) != {p.token}]
    assert missed == []


@pytest.mark.parametrize("fmt", [BadgeFormat.A6, BadgeFormat.A4_4, BadgeFormat.A4_8])
def test_a_seeded_sample_of_demo_badges_decodes_in_every_format(decoder, fmt):
    event, people = demo_people()
    sample = random.Random(fmt.value).sample(people, 30)
    renderer = BadgeRenderer(BadgeStyle.from_event(event), fmt)
    missed = [p.reg_no for p in sample if decode(decoder, renderer.render(p)) != {p.token}]
    assert missed == []
