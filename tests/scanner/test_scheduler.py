"""The door's scheduler on real frames: what it reads, and what it leaves alone when there is
nothing to read."""

from __future__ import annotations

import numpy as np
import pytest

from checkin.scanner import corpus
from checkin.scanner.corpus import Category, Trouble
from checkin.scanner.decoders import Detection, ZbarDecoder, ZxingDecoder, to_gray
from checkin.scanner.scheduler import (
    ScheduledDecoder,
    SchedulerSettings,
    _tiles,
    door_decoder,
)

SIZE = (640, 480)
TOKENS = [f"TST25-{i:016d}".replace("0", "A", 3) for i in range(8)]


def gray_frames(script, seed=0):
    return [(to_gray(image), token) for image, token in corpus.door_frames(script, seed=seed)]


@pytest.fixture(scope="module")
def empty_door():
    """Two seconds of an empty door: a still background and fresh sensor noise."""
    return gray_frames(corpus.door_script([], size=SIZE, lead_s=2.0))


@pytest.fixture(scope="module")
def thumbs():
    """Badges with a thumb over a corner, each half a second in view."""
    script = corpus.door_script(TOKENS, size=SIZE, seconds_each=0.5,
                                troubles=(Trouble.FINGER,))
    return script, gray_frames(script)


def test_nothing_is_read_on_an_empty_door(empty_door):
    decoder = door_decoder()
    assert [decoder.decode(gray) for gray, _ in empty_door] == [[]] * len(empty_door)


def test_an_empty_still_door_costs_zxing_alone_once_the_first_sweep_is_done(empty_door):
    """The first frame makes every (fallback, tile) step due once; after that, on a still
    picture, only zxing-cpp runs, except for one heartbeat step every 90 frames."""
    decoder = door_decoder()
    steps = []
    for gray, _ in empty_door:
        decoder.decode(gray)
        steps.append(list(decoder.report.steps))
    sweep = len(decoder.fallbacks) * len(decoder._tiles)
    assert all(s[0] == "zxing" for s in steps)
    assert all(len(s) == 2 and s[1].startswith("rotation:") for s in steps[:sweep])
    quiet = steps[sweep:]
    assert len(quiet) > 30
    extra = [s for s in quiet if s != ["zxing"]]
    assert len(extra) <= len(quiet) // decoder.settings.heartbeat + 1
    assert all(not any(x.startswith("region:") for x in s) for s in steps)


def test_negative_stills_give_nothing():
    decoder = door_decoder()
    for index in range(3):
        frame = corpus.make_frame(Category.NEGATIVE, (1280, 720), index)
        for _ in range(10):
            assert decoder.decode(to_gray(frame.image)) == []


def test_reads_within_half_a_second_the_thumbed_badges_only_zbar_reads(thumbs):
    script, frames = thumbs
    zxing, zbar, decoder = ZxingDecoder(), ZbarDecoder(), door_decoder()
    zxing_reads, zbar_reads, first_read = set(), set(), {}
    for index, (gray, token) in enumerate(frames):
        if token in {d.text for d in zxing.decode(gray)}:
            zxing_reads.add(token)
        if token in {d.text for d in zbar.decode(gray)}:
            zbar_reads.add(token)
        found = decoder.decode(gray)
        assert {d.text for d in found} <= {token}
        if found and token not in first_read:
            first_read[token] = index - script.badge_at(index).first
    only_zbar = zbar_reads - zxing_reads
    assert len(only_zbar) >= 3  # the video does hold badges the cheap reader cannot read
    assert set(first_read) >= zbar_reads | zxing_reads
    assert max(first_read.values()) < 15  # 0.5 s at 30 fps


def test_a_still_badge_is_found_by_the_rotation_and_its_outline_is_in_the_frame(thumbs):
    """Without motion or a zxing-cpp detection, the rotating tiles still bring zbar to it."""
    script, frames = thumbs
    zxing, zbar = ZxingDecoder(), ZbarDecoder()
    for gray, token in frames:
        if token and not zxing.decode(gray) and zbar.decode(gray):
            break
    else:
        pytest.fail("no frame that zbar alone reads")
    settings = SchedulerSettings(use_errors=False, use_candidates=False)
    decoder = door_decoder(settings)
    for held in range(20):  # noqa: B007 (read after the loop)
        found = decoder.decode(gray)
        if found:
            break
    assert [d.text for d in found] == [token]
    assert decoder.report.found_by == "rotation:zbar"
    assert held < 15
    xs = [x for x, _ in found[0].outline]
    ys = [y for _, y in found[0].outline]
    expected = zbar.decode(gray)[0].outline
    assert abs(min(xs) - min(x for x, _ in expected)) <= 3
    assert abs(min(ys) - min(y for _, y in expected)) <= 3


def test_without_its_fallbacks_the_scheduler_misses_what_zbar_reads(thumbs):
    """The control for the test above: zxing-cpp alone in a scheduler reads none of them."""
    script, frames = thumbs
    bare = ScheduledDecoder(ZxingDecoder(), [])
    zbar = ZbarDecoder()
    missed = 0
    for gray, token in frames:
        if token and zbar.decode(gray) and not bare.decode(gray):
            missed += 1
    assert missed > 10


def test_tiles_cover_the_frame_and_overlap():
    for shape, grid in (((720, 1280), (2, 2)), ((1080, 1920), (3, 2)), ((480, 640), (1, 1))):
        tiles = _tiles(shape, grid, 0.35)
        assert len(tiles) == grid[0] * grid[1]
        covered = np.zeros(shape, bool)
        for x, y, w, h in tiles:
            assert x >= 0 and y >= 0 and x + w <= shape[1] and y + h <= shape[0]
            covered[y : y + h, x : x + w] = True
        assert covered.all()
        if grid[0] > 1:
            (x0, _, w0, _), (x1, _, _, _) = tiles[0], tiles[1]
            assert x0 + w0 - x1 >= 0.3 * w0


def test_a_found_code_ends_the_frame():
    """When zxing-cpp reads the badge, nothing else runs."""
    frame = corpus.make_frame(Category.CLEAN, SIZE, 0)
    decoder = door_decoder()
    assert [d.text for d in decoder.decode(to_gray(frame.image))] == [frame.expected]
    assert decoder.report.steps == ["zxing"] and decoder.report.found_by == "zxing"


class Counting:
    name = label = "counting"

    def __init__(self):
        self.calls = 0

    def decode(self, gray):
        self.calls += 1
        return [Detection("X", ((0, 0), (1, 0), (1, 1), (0, 1)))] if gray.size == 0 else []


def test_reset_starts_the_rotation_afresh(empty_door):
    fallback = Counting()
    decoder = ScheduledDecoder(ZxingDecoder(), [fallback])
    for gray, _ in empty_door[:10]:
        decoder.decode(gray)
    swept = fallback.calls
    assert swept == len(decoder._tiles)  # the first sweep, then quiet
    decoder.reset()
    for gray, _ in empty_door[:10]:
        decoder.decode(gray)
    assert fallback.calls == 2 * swept
