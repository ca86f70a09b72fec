"""The door's decoder: the cheap reader on every frame, the costly ones where a code is likely.

A door camera sees no badge most of the time, and a badge for about a second (30 frames) when
one comes. :class:`ScheduledDecoder` spends its effort accordingly:

1. **zxing-cpp on every frame**, at full resolution, asked for the symbols it found but could
   not read as well (``return_errors``). A read ends the frame: nothing else runs.
2. **Where a code is likely**, the fallbacks (zbar, and zxing-cpp on a sharpened copy) run on
   full-resolution crops, within a budget of pixels per frame:

   - where zxing-cpp detected a symbol it could not read;
   - on *candidates*: patches of dense, high-contrast texture the size of a QR code, found on
     a quarter-size copy of the frame (a QR code is the densest thing a badge carries), those
     that moved since the last frame first;
3. **A rotation** gives one fallback one tile of the frame at full resolution per frame,
   whatever the candidates say: the safety net for a code the candidate search misses (glare
   over half of it, a thumb on a corner). A tile is due again for every fallback as soon as
   something moved in it, so while a badge is in view (a hand is never still) each fallback
   sees it at full resolution several times a second; a still picture, which the decoders
   would only read the same way again, is swept once every ``heartbeat`` frames.

A frame of a still, empty door costs zxing-cpp plus a few hundredths of a millisecond to see
that nothing moved. The choices (the budget,
the rotation's pace and tiles, what counts as a candidate) are measured in
``bench/bench_scheduler.py``; see docs/scanning.md.

The scheduler keeps state (the frame counter, the previous frame for motion, the rotation's
place): one instance per camera. No Qt here.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np

from checkin.scanner.decoders import (
    Decoder,
    DecoderUnavailable,
    Detection,
    ZbarDecoder,
    ZxingDecoder,
    build_chain,
)

log = logging.getLogger(__name__)

Box = tuple[int, int, int, int]  # x, y, width, height in frame pixels


@dataclass
class FrameReport:
    """What the scheduler did with the last frame (for the benchmark and the tests)."""

    index: int = 0
    found_by: str = ""  # "zxing", "region:<fallback>", "rotation:<fallback>" or ""
    error_regions: int = 0
    candidates: int = 0
    moving: int = 0
    region_px: int = 0  # pixels the fallbacks looked at in crops
    rotation: str = ""  # "<fallback>@<tile>" when the rotation ran
    steps: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SchedulerSettings:
    """The scheduler's knobs; the defaults are the benchmark's verdict (bench_scheduler.py)."""

    #: with nothing moving, the rotation still takes one step every this many frames
    heartbeat: int = 90
    #: tiles of the rotation: columns × rows, overlapping by ``tile_overlap`` of a tile
    tiles: tuple[int, int] = (2, 2)
    tile_overlap: float = 0.35
    #: at most this share of the frame's pixels go to the fallbacks in crops, per frame
    region_budget: float = 0.12
    #: at most this many crops per frame
    max_regions: int = 3
    #: the candidate search's copy is the frame divided by this
    search_scale: int = 4
    #: candidates are this many of the search copy's pixels on a side, at least / at most
    min_candidate: int = 10
    max_candidate_share: float = 0.6
    #: share of a candidate's pixels that must be edges
    min_density: float = 0.45
    #: each source of work can be switched off, for the benchmark's comparisons
    use_errors: bool = True
    use_candidates: bool = True
    use_rotation: bool = True


class ScheduledDecoder(Decoder):
    """zxing-cpp on every frame; zbar and a sharpened zxing-cpp where a code is likely and on
    a rotating share of full-resolution tiles. See the module's docstring."""

    name = "scheduled"

    def __init__(
        self,
        primary: ZxingDecoder,
        fallbacks: Sequence[Decoder],
        settings: SchedulerSettings | None = None,
    ):
        self.primary = primary
        self.fallbacks = tuple(fallbacks)
        self.settings = settings or SchedulerSettings()
        names = " + ".join(f.label for f in self.fallbacks) or "nothing"
        self.label = f"{primary.label} every frame; {names} where a code is likely"
        self.report = FrameReport()
        self.reset()

    def reset(self) -> None:
        """Forget the previous frame and restart the rotation (a new source)."""
        self._index = 0
        self._step = 0
        self._due: set[int] = set()  # rotation steps (fallback × tile) due since a change
        self._previous: np.ndarray | None = None
        self._shape: tuple[int, int] | None = None
        self._tiles: list[Box] = []

    # --- one frame ------------------------------------------------------------------------

    def decode(self, gray: np.ndarray) -> list[Detection]:
        s = self.settings
        report = FrameReport(index=self._index)
        self.report = report
        self._index += 1
        if gray.shape != self._shape:
            self._shape = gray.shape
            self._tiles = _tiles(gray.shape, s.tiles, s.tile_overlap)
            self._previous = None
        found, errors = self.primary.read(gray)
        report.steps.append("zxing")
        if found:
            report.found_by = "zxing"
            # The search's copy still follows the picture, so motion stays meaningful.
            self._previous = None
            return found
        report.error_regions = len(errors)
        # The search copy: every k-th pixel (a strided copy costs a twentieth of a resize).
        k = s.search_scale
        small = np.ascontiguousarray(gray[::k, ::k])
        previous, self._previous = self._previous, small
        moving = self._moving(small, previous)
        candidates = (
            [box for area in moving for box in self._candidates(small, area)]
            if s.use_candidates else []
        )
        report.moving, report.candidates = len(moving), len(candidates)
        regions = [_grow(box, 0.25, gray.shape) for box in errors] if s.use_errors else []
        # Still textures (a poster, a shelf) are the rotation's business: trying them on
        # every frame would make an empty door cost a fallback a frame.
        regions += [self._to_frame(box, gray.shape) for box in candidates]
        found = self._decode_regions(gray, regions, report)
        if found:
            return found
        if not self.fallbacks or not s.use_rotation:
            return []
        if previous is None:
            self._mark_due(None)  # a new picture: everything is worth a look
        else:
            for box in moving:
                self._mark_due(self._to_frame(box, gray.shape))
        if self._due or self._index % s.heartbeat == 0:
            return self._rotate(gray, report)
        return []

    def _mark_due(self, box: Box | None) -> None:
        """Every fallback's step on the tiles ``box`` touches (all tiles for None)."""
        tiles = len(self._tiles)
        for tile, (tx, ty, tw, th) in enumerate(self._tiles):
            if box is not None:
                x, y, w, h = box
                if x >= tx + tw or tx >= x + w or y >= ty + th or ty >= y + h:
                    continue
            self._due.update(f * tiles + tile for f in range(len(self.fallbacks)))

    def _decode_regions(
        self, gray: np.ndarray, regions: list[Box], report: FrameReport
    ) -> list[Detection]:
        s = self.settings
        budget = s.region_budget * gray.shape[0] * gray.shape[1]
        done = 0
        for x, y, w, h in regions[: s.max_regions]:
            if report.region_px + w * h > budget and done:
                break
            done += 1
            report.region_px += w * h
            crop = gray[y : y + h, x : x + w]
            for fallback in self.fallbacks:
                report.steps.append(f"region:{fallback.name}")
                found = fallback.decode(crop)
                if found:
                    report.found_by = f"region:{fallback.name}"
                    return [_shift(d, x, y) for d in found]
        return []

    def _rotate(self, gray: np.ndarray, report: FrameReport) -> list[Detection]:
        """One fallback on one tile; the next call takes the next pair."""
        steps = len(self.fallbacks) * len(self._tiles)
        # The next due step in the rotation's order (or simply the next one, on a heartbeat).
        for _ in range(steps):
            step = self._step % steps
            self._step += 1
            if not self._due or step in self._due:
                break
        self._due.discard(step)
        # Tiles first, then fallbacks: each fallback sweeps the whole frame in a row.
        fallback = self.fallbacks[step // len(self._tiles)]
        tile = step % len(self._tiles)
        x, y, w, h = self._tiles[tile]
        report.rotation = f"{fallback.name}@{tile}"
        report.steps.append(f"rotation:{fallback.name}@{tile}")
        found = fallback.decode(gray[y : y + h, x : x + w])
        if found:
            report.found_by = f"rotation:{fallback.name}"
        return [_shift(d, x, y) for d in found]

    # --- where a code is likely -----------------------------------------------------------

    def _moving(self, small: np.ndarray, previous: np.ndarray | None) -> list[Box]:
        """Boxes (search copy's pixels) around what changed since the last frame; nothing
        when the picture is still, which is most of a door's day."""
        if previous is None or previous.shape != small.shape:
            return []
        changed = cv2.absdiff(small, previous)
        _, changed = cv2.threshold(changed, 28, 255, cv2.THRESH_BINARY)
        if cv2.countNonZero(changed) < self.settings.min_candidate:
            return []  # sensor noise
        changed = cv2.dilate(changed, np.ones((7, 7), np.uint8))
        count, _, stats, _ = cv2.connectedComponentsWithStats(changed, connectivity=8)
        boxes = []
        for label in range(1, count):
            x, y, w, h, area = (int(v) for v in stats[label])
            if w >= self.settings.min_candidate and h >= self.settings.min_candidate:
                boxes.append((area, (x, y, w, h)))
        boxes.sort(reverse=True)
        return [box for _, box in boxes[: self.settings.max_regions]]

    def _candidates(self, small: np.ndarray, area: Box) -> list[Box]:
        """Patches of dense, sharp-edged texture about the size of a QR code inside
        ``area``, in the search copy's pixels, the largest first."""
        s = self.settings
        ax, ay, aw, ah = area
        patch = small[ay : ay + ah, ax : ax + aw]
        edges = cv2.morphologyEx(patch, cv2.MORPH_GRADIENT, np.ones((2, 2), np.uint8))
        _, edges = cv2.threshold(edges, 40, 1, cv2.THRESH_BINARY)
        density = cv2.blur(edges * 255, (5, 5))
        _, dense = cv2.threshold(density, int(255 * s.min_density), 255, cv2.THRESH_BINARY)
        dense = cv2.dilate(dense, np.ones((3, 3), np.uint8))
        count, _, stats, _ = cv2.connectedComponentsWithStats(dense, connectivity=8)
        height, width = small.shape
        most = s.max_candidate_share * min(height, width)
        boxes = []
        for label in range(1, count):
            x, y, w, h, pixels = (int(v) for v in stats[label])
            if w < s.min_candidate or h < s.min_candidate or w > most or h > most:
                continue
            if not 0.4 <= w / h <= 2.5 or pixels < 0.35 * w * h:
                continue  # a line of text, a thin stripe
            boxes.append((pixels, (ax + x, ay + y, w, h)))
        boxes.sort(reverse=True)
        return [box for _, box in boxes]

    def _to_frame(self, box: Box, shape: tuple[int, int]) -> Box:
        k = self.settings.search_scale
        x, y, w, h = box
        return _grow((x * k, y * k, w * k, h * k), 0.2, shape)


def _grow(box: Box, share: float, shape: tuple[int, int]) -> Box:
    """``box`` grown by ``share`` of its size on each side (the quiet zone), clipped."""
    x, y, w, h = box
    dx, dy = int(w * share) + 8, int(h * share) + 8
    x0, y0 = max(0, x - dx), max(0, y - dy)
    x1, y1 = min(shape[1], x + w + dx), min(shape[0], y + h + dy)
    return x0, y0, max(0, x1 - x0), max(0, y1 - y0)


def _tiles(shape: tuple[int, int], grid: tuple[int, int], overlap: float) -> list[Box]:
    height, width = shape[:2]
    columns, rows = grid
    tw = int(width / (columns - (columns - 1) * overlap)) if columns > 1 else width
    th = int(height / (rows - (rows - 1) * overlap)) if rows > 1 else height
    tiles = []
    for row in range(rows):
        for column in range(columns):
            x = 0 if columns == 1 else round(column * (width - tw) / (columns - 1))
            y = 0 if rows == 1 else round(row * (height - th) / (rows - 1))
            tiles.append((x, y, tw, th))
    return tiles


def _shift(detection: Detection, dx: int, dy: int) -> Detection:
    if not dx and not dy:
        return detection
    return Detection(detection.text, tuple((x + dx, y + dy) for x, y in detection.outline))


def door_decoder(settings: SchedulerSettings | None = None) -> Decoder:
    """The door's decoder made of what is installed here: zxing-cpp every frame, zbar and a
    sharpened zxing-cpp as fallbacks. Without zxing-cpp, the one-picture chain of what is
    there (zbar, then OpenCV) on every frame."""
    try:
        primary = ZxingDecoder()
    except DecoderUnavailable as error:
        log.warning("%s; every frame goes to zbar and OpenCV", error)
        return build_chain(("zbar", "opencv"))
    fallbacks: list[Decoder] = []
    try:
        fallbacks.append(ZbarDecoder())
    except DecoderUnavailable as error:
        log.warning("%s; the scheduler goes on without it", error)
    fallbacks.append(ZxingDecoder(sharpen=True, try_downscale=False))
    return ScheduledDecoder(primary, fallbacks, settings)
