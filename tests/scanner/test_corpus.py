"""The synthetic corpus is deterministic, sized as asked, and round-trips through a video."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from checkin import tokens
from checkin.scanner import corpus
from checkin.scanner.corpus import RESOLUTIONS, Category, make_frame


def test_same_arguments_same_pixels():
    a = make_frame(Category.GLARE, (640, 480), 3, seed=7)
    b = make_frame(Category.GLARE, (640, 480), 3, seed=7)
    assert np.array_equal(a.image, b.image) and a.expected == b.expected


def test_other_index_or_seed_other_frame():
    a = make_frame(Category.CLEAN, (640, 480), 0)
    assert make_frame(Category.CLEAN, (640, 480), 1).expected != a.expected
    assert make_frame(Category.CLEAN, (640, 480), 0, seed=1).expected != a.expected


@pytest.mark.parametrize("size", RESOLUTIONS)
def test_sizes(size):
    frame = make_frame(Category.PERSPECTIVE, size, 0)
    assert frame.image.shape == (size[1], size[0], 3) and frame.image.dtype == np.uint8


def test_badges_carry_tokens_of_our_format_negatives_none():
    frame = make_frame(Category.MOTION_BLUR, (640, 480), 0)
    assert tokens.parse(frame.expected, corpus.EVENT_CODE).kind is tokens.CodeKind.OURS
    assert make_frame(Category.NEGATIVE, (640, 480), 0).expected is None


def test_a_given_token_is_used():
    frame = make_frame(Category.CLEAN, (640, 480), 0, token="TST25-0123456789ABCDEF")
    assert frame.expected == "TST25-0123456789ABCDEF"


def test_far_badges_have_small_modules():
    small = [make_frame(Category.SMALL, (1280, 720), i).module_px for i in range(5)]
    near = [make_frame(Category.CLEAN, (1280, 720), i).module_px for i in range(5)]
    assert max(small) < 2.0 < 3.0 < min(near)


def test_qr_uses_level_q():
    # 22 alphanumeric characters fit version 2 at level Q (25 modules + 8 of quiet zone);
    # at level H they would need version 3.
    assert corpus.qr_matrix("IMC25-AB7FVY6D2APXGZS0").shape == (33, 33)


def test_generate_covers_every_category_and_size():
    frames = list(corpus.generate(1, sizes=[(640, 480)]))
    assert [f.category for f in frames] == list(Category)


def test_write_video_round_trip(tmp_path):
    frames = [make_frame(Category.CLEAN, (640, 480), i).image for i in range(3)]
    path = corpus.write_video(frames, tmp_path / "v.avi", repeat=2)
    capture = cv2.VideoCapture(str(path))
    count = 0
    while capture.read()[0]:
        count += 1
    capture.release()
    assert count == 6


def test_write_video_without_frames_is_an_error(tmp_path):
    with pytest.raises(ValueError):
        corpus.write_video([], tmp_path / "v.avi")
