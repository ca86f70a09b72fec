"""Each decoder on real QR images from the corpus; the chain; a missing library."""

from __future__ import annotations

import logging
import sys

import numpy as np
import pytest

from checkin.scanner import decoders
from checkin.scanner.corpus import Category, make_frame
from checkin.scanner.decoders import (
    DecoderChain,
    DecoderUnavailable,
    Detection,
    OpenCVDecoder,
    ZbarDecoder,
    ZxingDecoder,
    available_decoders,
    default_decoder,
    to_gray,
)

ALL = [ZxingDecoder, ZbarDecoder, OpenCVDecoder]


@pytest.fixture(scope="module")
def clean_frame():
    return make_frame(Category.CLEAN, (1280, 720), 0)


@pytest.mark.parametrize("cls", ALL)
def test_each_decoder_reads_a_badge_and_its_outline(cls, clean_frame):
    found = cls().decode(to_gray(clean_frame.image))
    assert [d.text for d in found] == [clean_frame.expected]
    outline = found[0].outline
    assert len(outline) == 4
    # The outline lies in the frame and spans the code (a module is a few pixels here).
    xs, ys = [p[0] for p in outline], [p[1] for p in outline]
    assert 0 <= min(xs) and max(xs) < 1280 and 0 <= min(ys) and max(ys) < 720
    assert max(xs) - min(xs) > 20 * clean_frame.module_px


@pytest.mark.parametrize("cls", ALL)
def test_each_decoder_finds_nothing_in_a_frame_without_code(cls):
    frame = make_frame(Category.NEGATIVE, (640, 480), 3)
    assert cls().decode(to_gray(frame.image)) == []


def test_shrunk_zbar_maps_the_outline_back_to_the_frame(clean_frame):
    gray = to_gray(clean_frame.image)
    full = ZbarDecoder().decode(gray)[0].outline
    shrunk = ZbarDecoder(max_width=640).decode(gray)[0].outline
    assert np.abs(np.array(sorted(full)) - np.array(sorted(shrunk))).max() <= 6


class Fixed(decoders.Decoder):
    name = label = "fixed"

    def __init__(self, answer):
        self.answer = answer
        self.calls = 0

    def decode(self, gray):
        self.calls += 1
        return list(self.answer)


def test_chain_stops_at_the_first_decoder_that_finds_something():
    hit = Detection("A", ((0, 0),))
    first, second, third = Fixed([]), Fixed([hit]), Fixed([Detection("B", ((1, 1),))])
    chain = DecoderChain([first, second, third])
    assert chain.decode(np.zeros((4, 4), np.uint8)) == [hit]
    assert (first.calls, second.calls, third.calls) == (1, 1, 0)


def test_chain_reads_what_the_first_decoder_misses():
    """A real frame zxing-cpp misses (a thumb on a finder pattern) read by the fall-back."""
    zxing, chain = ZxingDecoder(), default_decoder()
    for index in range(40):
        frame = make_frame(Category.FINGER, (1280, 720), index)
        gray = to_gray(frame.image)
        if not zxing.decode(gray) and chain.decode(gray):
            assert [d.text for d in chain.decode(gray)] == [frame.expected]
            return
    pytest.fail("no finger frame where the chain beats zxing-cpp alone")


def test_empty_chain_is_a_typed_error():
    with pytest.raises(DecoderUnavailable):
        DecoderChain([])


def test_pyzbar_without_libzbar_is_a_typed_error_and_the_chain_goes_on(monkeypatch, caplog):
    # A None entry in sys.modules makes the import fail, as it does without the library.
    monkeypatch.setitem(sys.modules, "pyzbar", None)
    monkeypatch.setitem(sys.modules, "pyzbar.pyzbar", None)
    with pytest.raises(DecoderUnavailable) as error:
        ZbarDecoder()
    assert "ZBar" in str(error.value)
    with caplog.at_level(logging.WARNING, logger="checkin.scanner.decoders"):
        chain = default_decoder()
    assert [type(d) for d in chain.decoders] == [ZxingDecoder, ZxingDecoder]
    assert "not available" in caplog.text
    frame = make_frame(Category.CLEAN, (640, 480), 1)
    assert [d.text for d in chain.decode(to_gray(frame.image))] == [frame.expected]
    names = {info.name: info.available for info in available_decoders()}
    assert names == {"zxing": True, "zbar": False, "opencv": True}


def test_without_zxing_the_default_falls_back_on_zbar_then_opencv(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "zxingcpp", None)
    with caplog.at_level(logging.WARNING):
        chain = default_decoder()
    assert [type(d) for d in chain.decoders] == [ZbarDecoder, OpenCVDecoder]
    assert chain.decoders[0].max_width is None
    frame = make_frame(Category.CLEAN, (640, 480), 2)
    assert [d.text for d in chain.decode(to_gray(frame.image))] == [frame.expected]


def test_all_decoders_available_here():
    infos = available_decoders()
    assert [i.name for i in infos] == ["zxing", "zbar", "opencv"]
    assert all(i.available for i in infos)


def test_to_gray_accepts_bgr_bgra_and_gray():
    bgr = np.zeros((2, 3, 3), np.uint8)
    assert to_gray(bgr).shape == (2, 3)
    assert to_gray(np.zeros((2, 3, 4), np.uint8)).shape == (2, 3)
    gray = np.zeros((2, 3), np.uint8)
    assert to_gray(gray) is gray


def test_sharpened_pass_reads_a_blurred_badge_the_plain_pass_misses():
    plain, sharp = ZxingDecoder(), ZxingDecoder(sharpen=True)
    for index in range(40):
        frame = make_frame(Category.MOTION_BLUR, (1280, 720), index)
        gray = to_gray(frame.image)
        if not plain.decode(gray):
            found = sharp.decode(gray)
            if found:
                assert [d.text for d in found] == [frame.expected]
                return
    pytest.fail("no blurred frame where sharpening helps")
