"""A synthetic, seeded corpus of webcam frames with badges in them, for tests and benchmarks.

Each frame is a cluttered scene (shelves of shapes, text, stripes, a poster) at 640×480,
1280×720 or 1920×1080 with, except for the NEGATIVE category, one badge in it: a white card
with the event's band, a QR code (error correction level Q, like the printed badges) and a
name. Each category adds one of the troubles a door sees: a badge 1.5 m away (modules of one or
two pixels), any rotation, a steep tilt, motion and focus blur, sensor noise, low light, glare
on the plastic sleeve, a finger over a corner, heavy JPEG compression.

The badge's size follows a simple camera model: a 60° webcam and a 5 cm QR code, at a distance
drawn per category, so the same badge is smaller in pixels at 640×480 than at 1920×1080.

Everything comes from ``numpy.random.default_rng`` seeded per frame: the same arguments give
the same pixels on every machine. No Qt here.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import qrcode

from checkin.tokens import ALPHABET, BODY_LENGTH

RESOLUTIONS: tuple[tuple[int, int], ...] = ((640, 480), (1280, 720), (1920, 1080))
EVENT_CODE = "IMC25"
QR_SIDE_M = 0.05  # printed QR code's side
HFOV_DEG = 60.0  # a typical laptop webcam's horizontal field of view

_NAMES = (
    "Helene Ndayishimiye", "Kouadio N'Guessan", "Elodie Nkurunziza-Habonimana", "John Smith",
    "Wu Li", "Aminata Diallo", "Jean-Pierre Habimana", "Fatou Ndiaye", "Olivier Manirakiza",
    "Grace Uwimana", "Moussa Traore", "Claudine Niyonzima",
)


class Category(enum.Enum):
    CLEAN = "clean"
    SMALL = "small"  # as far as 1.5 m from the camera
    ROTATION = "rotation"
    PERSPECTIVE = "perspective"
    MOTION_BLUR = "motion_blur"
    FOCUS_BLUR = "focus_blur"
    NOISE = "noise"
    LOW_LIGHT = "low_light"
    GLARE = "glare"
    FINGER = "finger"
    JPEG = "jpeg"
    NEGATIVE = "negative"  # no code at all


@dataclass(frozen=True)
class CorpusFrame:
    image: np.ndarray  # BGR, uint8
    expected: str | None  # the badge's token; None for a frame without any code
    category: Category
    size: tuple[int, int]  # (width, height)
    index: int
    module_px: float  # a QR module's side in pixels (0 without a code)


def make_token(rng: np.random.Generator, event_code: str = EVENT_CODE) -> str:
    body = "".join(ALPHABET[i] for i in rng.integers(0, len(ALPHABET), BODY_LENGTH))
    return f"{event_code}-{body}"


_LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H,
}


def qr_matrix(text: str, level: str = "Q") -> np.ndarray:
    """The QR code's modules (True = dark) with a 4-module quiet zone, level Q by default."""
    code = qrcode.QRCode(error_correction=_LEVELS[level], border=4)
    code.add_data(text)
    code.make(fit=True)
    return np.array(code.get_matrix(), dtype=bool)


# --- the pieces of a frame --------------------------------------------------------------------


def _scene(rng: np.random.Generator, width: int, height: int) -> np.ndarray:
    """A cluttered indoor background: gradient wall, shapes, stripes, text, a fake grid."""
    top, bottom = rng.integers(60, 200, 3), rng.integers(40, 180, 3)
    ramp = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None, None]
    image = (top * (1 - ramp) + bottom * ramp).astype(np.uint8)
    image = np.ascontiguousarray(np.broadcast_to(image, (height, width, 3)))
    scale = width / 1280
    for _ in range(int(rng.integers(15, 30))):
        color = tuple(int(c) for c in rng.integers(0, 256, 3))
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        kind = rng.integers(0, 5)
        size = int(rng.integers(20, 220) * scale) + 2
        if kind == 0:
            cv2.rectangle(image, (x, y), (x + size, y + size // 2), color, -1)
        elif kind == 1:
            cv2.circle(image, (x, y), size // 2, color, -1)
        elif kind == 2:
            thickness = max(1, int(rng.integers(1, 6) * scale))
            for k in range(int(rng.integers(3, 10))):
                cv2.line(image, (x, y + k * 3 * thickness), (x + size, y + k * 3 * thickness),
                         color, thickness)
        elif kind == 3:
            text = _NAMES[int(rng.integers(0, len(_NAMES)))]
            cv2.putText(image, text, (x, y), cv2.FONT_HERSHEY_SIMPLEX, 0.4 + rng.random() * scale,
                        color, max(1, int(2 * scale)), cv2.LINE_AA)
        else:
            # Checkerboard-like patches: the kind of texture that fools a finder-pattern search.
            cell = max(2, int(rng.integers(3, 12) * scale))
            n = int(rng.integers(3, 9))
            for i in range(n):
                for j in range(n):
                    if (i + j) % 2 == 0:
                        cv2.rectangle(image, (x + i * cell, y + j * cell),
                                      (x + (i + 1) * cell - 1, y + (j + 1) * cell - 1), color, -1)
    return image


def _badge(rng: np.random.Generator, token: str, module: int) -> tuple[np.ndarray, np.ndarray]:
    """A badge card (BGR) drawn at ``module`` pixels per QR module, and the QR's corners."""
    matrix = qr_matrix(token)
    qr: np.ndarray = np.where(matrix, 20, 245).astype(np.uint8)
    qr = cv2.resize(qr, None, fx=module, fy=module, interpolation=cv2.INTER_NEAREST)
    side = qr.shape[0]
    width = int(side * 1.35)
    height = int(side * 2.0)
    card = np.full((height, width, 3), 245, np.uint8)
    band = tuple(int(c) for c in rng.integers(30, 200, 3))
    cv2.rectangle(card, (0, 0), (width, int(height * 0.16)), band, -1)
    cv2.putText(card, "IMC 2025", (int(width * 0.08), int(height * 0.11)),
                cv2.FONT_HERSHEY_SIMPLEX, side / 220, (255, 255, 255), max(1, side // 120),
                cv2.LINE_AA)
    x0, y0 = (width - side) // 2, int(height * 0.22)
    card[y0 : y0 + side, x0 : x0 + side] = qr[..., None]
    name = _NAMES[int(rng.integers(0, len(_NAMES)))]
    cv2.putText(card, name.split()[0], (int(width * 0.08), y0 + side + int(side * 0.22)),
                cv2.FONT_HERSHEY_SIMPLEX, side / 180, (30, 30, 30), max(1, side // 90),
                cv2.LINE_AA)
    cv2.putText(card, name.split()[-1], (int(width * 0.08), y0 + side + int(side * 0.45)),
                cv2.FONT_HERSHEY_SIMPLEX, side / 260, (60, 60, 60), max(1, side // 140),
                cv2.LINE_AA)
    quiet = 4 * module  # the QR's dark corners sit inside its quiet zone
    corners = np.array(
        [[x0 + quiet, y0 + quiet], [x0 + side - quiet, y0 + quiet],
         [x0 + side - quiet, y0 + side - quiet], [x0 + quiet, y0 + side - quiet]],
        dtype=np.float32,
    )
    return card, corners


def _distance_m(rng: np.random.Generator, category: Category) -> float:
    if category is Category.SMALL:
        return float(rng.uniform(1.1, 1.5))
    return float(rng.uniform(0.3, 0.65))


def _place(
    rng: np.random.Generator, scene: np.ndarray, token: str, category: Category
) -> tuple[np.ndarray, np.ndarray, float]:
    """Put a badge in the scene; returns the frame, the QR's corners in it, module size."""
    height, width = scene.shape[:2]
    modules = qr_matrix(token).shape[0] - 8
    px_per_m = width / (2 * _distance_m(rng, category) * math.tan(math.radians(HFOV_DEG / 2)))
    module_px = px_per_m * QR_SIDE_M / modules
    drawn_module = 6
    card, qr_corners = _badge(rng, token, drawn_module)
    scale = module_px / drawn_module
    ch, cw = card.shape[:2]
    # The card's corners after scaling, rotation and tilt, around its centre.
    box = np.array([[0, 0], [cw, 0], [cw, ch], [0, ch]], dtype=np.float32) - [cw / 2, ch / 2]
    if category is Category.ROTATION:
        angle = rng.uniform(0, 360)
    else:
        angle = rng.uniform(-12, 12)
    tilt_x, tilt_y = rng.uniform(-0.12, 0.12, 2)
    if category is Category.PERSPECTIVE:
        tilt_x, tilt_y = rng.choice([-1, 1], 2) * rng.uniform(0.35, 0.6, 2)
    dst = box * scale
    # A tilt shrinks one side of the card: a cheap stand-in for a rotation about an axis.
    dst[:, 0] *= 1 - tilt_x * (dst[:, 1] / (ch * scale))
    dst[:, 1] *= 1 - tilt_y * (dst[:, 0] / (cw * scale))
    rad = math.radians(angle)
    rot = np.array([[math.cos(rad), -math.sin(rad)], [math.sin(rad), math.cos(rad)]])
    dst = dst @ rot.T
    span = dst.max(axis=0) - dst.min(axis=0)
    margin = np.maximum((np.array([width, height]) - span) / 2 - 2, 0)
    centre = np.array([width / 2, height / 2]) + rng.uniform(-1, 1, 2) * margin
    dst = (dst + centre).astype(np.float32)
    source = (box + [cw / 2, ch / 2]).astype(np.float32)
    homography = cv2.getPerspectiveTransform(source, dst)
    if scale < 1:
        # Anti-alias before shrinking, as a lens and sensor would.
        card = cv2.GaussianBlur(card, (0, 0), 0.5 / scale)
    frame = scene.copy()
    cv2.warpPerspective(card, homography, (width, height), dst=frame,
                        flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT)
    corners = cv2.perspectiveTransform(qr_corners[None], homography)[0]
    return frame, corners, module_px


def _motion_blur(rng: np.random.Generator, image: np.ndarray, scale: float) -> np.ndarray:
    length = max(3, int(rng.uniform(4, 9) * scale))
    kernel: np.ndarray = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1.0
    angle = rng.uniform(0, 180)
    rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1.0)
    kernel = cv2.warpAffine(kernel, rot, (length, length))
    return cv2.filter2D(image, -1, kernel / max(kernel.sum(), 1e-6))


def _glare(rng: np.random.Generator, image: np.ndarray, corners: np.ndarray) -> np.ndarray:
    height, width = image.shape[:2]
    side = float(np.linalg.norm(corners[1] - corners[0]))
    centre = corners.mean(axis=0) + rng.uniform(-0.3, 0.3, 2) * side
    radius = side * rng.uniform(0.2, 0.35)
    xx = np.arange(width, dtype=np.float32) - centre[0]
    yy = np.arange(height, dtype=np.float32) - centre[1]
    # A Gaussian spot is separable: two 1-D profiles instead of a full grid of distances.
    spot = np.outer(np.exp(-(yy**2) / (2 * radius**2)), np.exp(-(xx**2) / (2 * radius**2)))
    lifted = image.astype(np.float32) + (spot * np.float32(rng.uniform(160, 230)))[..., None]
    return np.clip(lifted, 0, 255).astype(np.uint8)


def _finger(rng: np.random.Generator, image: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """A thumb over one corner of the code, from outside the card."""
    corner = corners[int(rng.integers(0, 4))]
    centre = corners.mean(axis=0)
    side = float(np.linalg.norm(corners[1] - corners[0]))
    direction = (corner - centre) / max(np.linalg.norm(corner - centre), 1e-6)
    tip = corner - direction * side * rng.uniform(0.0, 0.08)
    base = tip + direction * side * 1.5
    skin = tuple(
        int(c) for c in (rng.integers(40, 110), rng.integers(60, 140), rng.integers(90, 200))
    )
    width = max(3, int(side * rng.uniform(0.12, 0.2)))
    out = image.copy()
    cv2.line(out, tuple(int(v) for v in tip), tuple(int(v) for v in base), skin, width * 2)
    cv2.circle(out, tuple(int(v) for v in tip), width, skin, -1)
    return out


def _degrade(
    rng: np.random.Generator, image: np.ndarray, category: Category, corners: np.ndarray | None
) -> np.ndarray:
    scale = image.shape[1] / 1280
    if category is Category.MOTION_BLUR:
        image = _motion_blur(rng, image, scale)
    elif category is Category.FOCUS_BLUR:
        image = cv2.GaussianBlur(image, (0, 0), rng.uniform(1.2, 2.2) * scale)
    elif category is Category.LOW_LIGHT:
        gain = rng.uniform(0.12, 0.25)
        image = (image.astype(np.float32) * gain).astype(np.uint8)
    elif category is Category.GLARE and corners is not None:
        image = _glare(rng, image, corners)
    elif category is Category.FINGER and corners is not None:
        image = _finger(rng, image, corners)
    # Every camera has some sensor noise; the NOISE and LOW_LIGHT frames much more.
    sigma = {Category.NOISE: rng.uniform(14, 24), Category.LOW_LIGHT: rng.uniform(3, 6)}.get(
        category, rng.uniform(1, 3)
    )
    # OpenCV's own generator, seeded from the frame's: ten times faster than numpy's here.
    cv2.setRNGSeed(int(rng.integers(0, 2**31 - 1)))
    noise = np.empty(image.shape, np.int16)
    # OpenCV takes numbers for the mean and deviation; its stubs ask for arrays.
    cv2.randn(noise, 0, float(sigma))  # type: ignore[call-overload]
    image = cv2.add(image, noise, dtype=cv2.CV_8U)
    quality = int(rng.integers(8, 20)) if category is Category.JPEG else 90
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    decoded = cv2.imdecode(data, cv2.IMREAD_COLOR) if ok else None
    return image if decoded is None else decoded


# --- the corpus -------------------------------------------------------------------------------


def make_frame(
    category: Category,
    size: tuple[int, int],
    index: int,
    seed: int = 0,
    *,
    token: str | None = None,
) -> CorpusFrame:
    """One frame, fully determined by its arguments; ``token`` puts a given badge in it (an
    attendee of a test database) instead of a random one."""
    categories = list(Category)
    rng = np.random.default_rng(
        [seed, categories.index(category), RESOLUTIONS.index(size) if size in RESOLUTIONS
         else size[0], index]
    )
    width, height = size
    scene = _scene(rng, width, height)
    if category is Category.NEGATIVE:
        return CorpusFrame(_degrade(rng, scene, category, None), None, category, size, index, 0.0)
    token = token or make_token(rng)
    frame, corners, module_px = _place(rng, scene, token, category)
    frame = _degrade(rng, frame, category, corners)
    return CorpusFrame(frame, token, category, size, index, module_px)


def generate(
    per_category: int = 10,
    *,
    sizes: Iterable[tuple[int, int]] = RESOLUTIONS,
    categories: Iterable[Category] = tuple(Category),
    seed: int = 0,
) -> Iterator[CorpusFrame]:
    """``per_category`` frames of each category at each size, in a fixed order."""
    categories = tuple(categories)
    for size in sizes:
        for category in categories:
            for index in range(per_category):
                yield make_frame(category, size, index, seed)


def write_video(
    frames: Iterable[np.ndarray],
    path: str | Path,
    *,
    fps: float = 30.0,
    repeat: int = 1,
    quality: int | None = None,
) -> Path:
    """Write frames (all the same size) to an MJPEG AVI, each shown ``repeat`` times in a row
    (a badge held in front of the camera). ``quality``: the JPEG quality (OpenCV's default,
    95, when None). Returns the path."""
    path = Path(path)
    writer = None
    try:
        for image in frames:
            if writer is None:
                height, width = image.shape[:2]
                writer = cv2.VideoWriter(
                    str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, (width, height)
                )
                if not writer.isOpened():
                    raise OSError(f"cannot write a video file at {path}")
                if quality is not None:
                    writer.set(cv2.VIDEOWRITER_PROP_QUALITY, quality)
            for _ in range(repeat):
                writer.write(image)
    finally:
        if writer is not None:
            writer.release()
    if writer is None:
        raise ValueError("no frames to write")
    return path


# --- the door video ---------------------------------------------------------------------------


class Trouble(enum.Enum):
    """What goes wrong with one badge of the door video, on top of motion and noise."""

    NONE = "none"
    GLARE = "glare"  # a light reflected on the plastic sleeve, moving with the badge
    FINGER = "finger"  # a thumb over one corner
    BLUR = "blur"  # the badge waved faster: more motion blur
    FAR = "far"  # held further away: about 3.5 px a module instead of 5


DOOR_TROUBLES = (
    Trouble.NONE, Trouble.NONE, Trouble.GLARE, Trouble.FINGER, Trouble.BLUR, Trouble.FAR,
)


@dataclass(frozen=True)
class DoorBadge:
    """One appearance in the door video: frames ``first`` to ``first + frames - 1``."""

    token: str
    first: int
    frames: int
    trouble: Trouble
    module_px: float


@dataclass(frozen=True)
class DoorScript:
    """What the door video shows, frame by frame: who, from when, with what trouble."""

    size: tuple[int, int]
    fps: float
    total_frames: int
    badges: tuple[DoorBadge, ...]

    def badge_at(self, index: int) -> DoorBadge | None:
        for badge in self.badges:
            if badge.first <= index < badge.first + badge.frames:
                return badge
        return None


def door_script(
    tokens: list[str],
    *,
    size: tuple[int, int] = (1280, 720),
    fps: float = 30.0,
    seconds_each: float = 1.0,
    gap_s: float = 0.0,
    lead_s: float = 0.0,
    troubles: tuple[Trouble, ...] = DOOR_TROUBLES,
) -> DoorScript:
    """Each token in view ``seconds_each`` s, one after the other (``gap_s`` of empty door
    between them, ``lead_s`` before the first); the badges' troubles cycle through
    ``troubles``."""
    per = round(seconds_each * fps)
    gap = round(gap_s * fps)
    first = round(lead_s * fps)
    badges = []
    for i, token in enumerate(tokens):
        trouble = troubles[i % len(troubles)]
        rng = np.random.default_rng([7, i])
        if trouble is Trouble.FAR:
            module = rng.uniform(3.2, 3.8)
        elif trouble in (Trouble.GLARE, Trouble.FINGER):
            module = rng.uniform(3.6, 4.6)
        else:
            module = rng.uniform(4.5, 5.5)
        badges.append(DoorBadge(token, first, per, trouble, float(module)))
        first += per + gap
    return DoorScript(size, fps, first, tuple(badges))


def _door_card(token: str, module: int, rng: np.random.Generator, level: str) -> tuple:
    """A badge card in BGR drawn at ``module`` px a module, with the QR at ``level``, and
    the QR's four corners on it."""
    matrix = qr_matrix(token, level)
    qr: np.ndarray = np.where(matrix, 20, 245).astype(np.uint8)
    qr = cv2.resize(qr, None, fx=module, fy=module, interpolation=cv2.INTER_NEAREST)
    side = qr.shape[0]
    width, height = int(side * 1.3), int(side * 1.9)
    card = np.full((height, width, 3), 240, np.uint8)
    band = tuple(int(c) for c in rng.integers(30, 200, 3))
    cv2.rectangle(card, (0, 0), (width, int(height * 0.15)), band, -1)
    cv2.rectangle(card, (0, int(height * 0.93)), (width, height), band[::-1], -1)
    name = _NAMES[int(rng.integers(0, len(_NAMES)))]
    cv2.putText(card, name, (int(width * 0.05), int(height * 0.24)), cv2.FONT_HERSHEY_SIMPLEX,
                side / 420, (30, 30, 30), max(1, side // 100), cv2.LINE_AA)
    x0, y0 = (width - side) // 2, int(height * 0.30)
    card[y0 : y0 + side, x0 : x0 + side] = qr[..., None]
    q = 4 * module
    corners = np.array([[x0 + q, y0 + q], [x0 + side - q, y0 + q],
                        [x0 + side - q, y0 + side - q], [x0 + q, y0 + side - q]], np.float32)
    return card, corners


def _door_glare(rng: np.random.Generator, roi: np.ndarray, corners: np.ndarray,
               t: int) -> np.ndarray:
    """A reflection on the sleeve, sliding over the code as the badge turns."""
    side = float(np.linalg.norm(corners[1] - corners[0]))
    start, drift = rng.uniform(-0.35, 0.35, 2), rng.uniform(-1, 1, 2)
    centre = corners.mean(axis=0) + (start + drift * 0.012 * t) * side
    radius = side * rng.uniform(0.16, 0.26)
    height, width = roi.shape[:2]
    xx = np.arange(width, dtype=np.float32) - centre[0]
    yy = np.arange(height, dtype=np.float32) - centre[1]
    spot = np.outer(np.exp(-(yy**2) / (2 * radius**2)), np.exp(-(xx**2) / (2 * radius**2)))
    lifted = roi.astype(np.float32) + (spot * np.float32(rng.uniform(200, 260)))[..., None]
    return np.clip(lifted, 0, 255).astype(np.uint8)


def _door_finger(rng: np.random.Generator, roi: np.ndarray, corners: np.ndarray,
                 t: int) -> np.ndarray:
    """A thumb over one corner of the code, its tip moving a little as the hand does."""
    corner = corners[int(rng.integers(0, 4))]
    centre = corners.mean(axis=0)
    side = float(np.linalg.norm(corners[1] - corners[0]))
    direction = (corner - centre) / max(np.linalg.norm(corner - centre), 1e-6)
    reach = rng.uniform(-0.02, 0.05) + 0.04 * math.sin(t * rng.uniform(0.2, 0.5))
    tip = corner - direction * side * reach
    base = tip + direction * side * 1.5
    skin = tuple(
        int(c) for c in (rng.integers(40, 110), rng.integers(60, 140), rng.integers(90, 200))
    )
    width = max(3, int(side * rng.uniform(0.07, 0.11)))
    out = roi.copy()
    cv2.line(out, tuple(int(v) for v in tip), tuple(int(v) for v in base), skin, width * 2)
    cv2.circle(out, tuple(int(v) for v in tip), width, skin, -1)
    return out


def door_frames(
    script: DoorScript, *, seed: int = 0, level: str = "Q"
) -> Iterator[tuple[np.ndarray, str | None]]:
    """The frames of ``script`` (BGR) and the token in view in each (None when none is).

    One cluttered background for the whole video (a door does not move), fresh sensor noise in
    every frame, and each badge drifting across the picture, turning within ±20°, with the
    motion blur of its speed and its own trouble. Seeded: the same script gives the same
    pixels."""
    width, height = script.size
    scene = _scene(np.random.default_rng([seed, 99]), width, height)
    cv2.setRNGSeed(seed + 1)
    noise = np.empty(scene.shape, np.int16)
    plan = {}
    for n, planned in enumerate(script.badges):
        rng = np.random.default_rng([seed, 11, n])
        drawn = 6
        card, qr_corners = _door_card(planned.token, drawn, rng, level)
        scale = planned.module_px / drawn
        ch, cw = card.shape[:2]
        span = np.array([cw, ch]) * scale * 1.3
        start = rng.uniform(span / 2 + 10, np.array([width, height]) - span / 2 - 10)
        speed = 260.0 if planned.trouble is Trouble.BLUR else 120.0  # px per second
        heading = rng.uniform(0, 2 * math.pi)
        velocity = np.array([math.cos(heading), math.sin(heading)]) * speed / script.fps
        angles = rng.uniform(-20, 20, 2)
        plan[n] = (rng, card, qr_corners, scale, start, velocity, angles, span)
    for index in range(script.total_frames):
        frame = scene.copy()
        badge = script.badge_at(index)
        token = None
        if badge is not None:
            n = script.badges.index(badge)
            rng, card, qr_corners, scale, start, velocity, angles, span = plan[n]
            t = index - badge.first
            progress = t / max(badge.frames - 1, 1)
            centre = start + velocity * t
            # Bounce off the picture's edges so the badge stays whole in view.
            for axis, limit in ((0, width), (1, height)):
                low, high = span[axis] / 2 + 5, limit - span[axis] / 2 - 5
                if high > low:
                    period = 2 * (high - low)
                    offset = (centre[axis] - low) % period
                    centre[axis] = low + (offset if offset <= high - low else period - offset)
            angle = math.radians(angles[0] + (angles[1] - angles[0]) * progress)
            ch, cw = card.shape[:2]
            box = np.array([[0, 0], [cw, 0], [cw, ch], [0, ch]], np.float32) - [cw / 2, ch / 2]
            rot = np.array([[math.cos(angle), -math.sin(angle)],
                            [math.sin(angle), math.cos(angle)]])
            dst = ((box * scale) @ rot.T + centre).astype(np.float32)
            homography = cv2.getPerspectiveTransform((box + [cw / 2, ch / 2]).astype(np.float32), dst)
            source = cv2.GaussianBlur(card, (0, 0), 0.5 / scale) if scale < 1 else card
            cv2.warpPerspective(source, homography, (width, height), dst=frame,
                                flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT)
            corners = cv2.perspectiveTransform(qr_corners[None], homography)[0]
            x0, y0 = np.maximum(dst.min(axis=0) - 12, 0).astype(int)
            x1, y1 = np.minimum(dst.max(axis=0) + 12, [width, height]).astype(int)
            roi = frame[y0:y1, x0:x1]
            # The blur of the badge's own motion during a 1/60 s exposure, in its direction.
            length = max(1, int(round(np.linalg.norm(velocity) * 0.5)))
            if length > 1:
                kernel: np.ndarray = np.zeros((length, length), np.float32)
                kernel[length // 2, :] = 1.0
                heading = math.degrees(math.atan2(velocity[1], velocity[0]))
                rot_k = cv2.getRotationMatrix2D(((length - 1) / 2, (length - 1) / 2), heading, 1)
                kernel = cv2.warpAffine(kernel, rot_k, (length, length))
                roi[:] = cv2.filter2D(roi, -1, kernel / max(kernel.sum(), 1e-6))
            local = corners - [x0, y0]
            if badge.trouble is Trouble.GLARE:
                roi[:] = _door_glare(np.random.default_rng([seed, 12, n]), roi, local, t)
            elif badge.trouble is Trouble.FINGER:
                roi[:] = _door_finger(np.random.default_rng([seed, 13, n]), roi, local, t)
            token = badge.token
        cv2.randn(noise, 0, 6.0)  # type: ignore[call-overload]  # takes numbers; the stubs want arrays
        yield cv2.add(frame, noise, dtype=cv2.CV_8U), token


#: the JPEG quality of the door video: what UVC webcams' MJPEG streams use (75-90)
DOOR_JPEG_QUALITY = 85


def write_door_video(script: DoorScript, path: str | Path, *, seed: int = 0,
                     level: str = "Q") -> Path:
    """The door video as an MJPEG AVI at the script's frame rate, compressed as a webcam's
    MJPEG stream is."""
    return write_video((image for image, _ in door_frames(script, seed=seed, level=level)),
                       path, fps=script.fps, quality=DOOR_JPEG_QUALITY)
