"""Video files written from the corpus, shared by the source, worker and command tests."""

from __future__ import annotations

import pytest

from checkin.scanner import corpus
from checkin.scanner.corpus import Category
from keyboard_layouts import typed_on_azerty


@pytest.fixture(name="typed_on_azerty", scope="session")
def typed_on_azerty_fixture():
    return typed_on_azerty


def badge_video(path, frames, *, hold=4, gap=3, size=(640, 480), seed=0):
    """A video where each of ``frames`` is held ``hold`` frames, then ``gap`` empty frames:
    one appearance of each badge. Returns the path."""
    blank = corpus.make_frame(Category.NEGATIVE, size, 999, seed).image

    def images():
        for frame in frames:
            yield from [frame.image] * hold
            yield from [blank] * gap

    return corpus.write_video(images(), path, fps=30)


@pytest.fixture(name="badge_video")
def badge_video_fixture():
    return badge_video


@pytest.fixture(scope="session")
def door_frames():
    """Four badges a camera reads, at 640×480, from different categories."""
    return [
        corpus.make_frame(category, (640, 480), index)
        for category, index in [
            (Category.CLEAN, 0),
            (Category.ROTATION, 1),
            (Category.NOISE, 2),
            (Category.JPEG, 0),
        ]
    ]


@pytest.fixture(scope="session")
def door_video(tmp_path_factory, door_frames):
    return badge_video(tmp_path_factory.mktemp("video") / "door.avi", door_frames)
