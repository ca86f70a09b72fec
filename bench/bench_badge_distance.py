"""Reading distance of the printed badge (issue 14): the real badge PDF, seen by a 720p webcam.

    .venv/bin/python bench/bench_badge_distance.py           # 16 badges a cell
    .venv/bin/python bench/bench_badge_distance.py --quick   # 6

The demo attendees' A6 badges are written to a PDF by the real writer
(:func:`checkin.badges.sheets.write_badges_pdf`), then rasterised by ``pdftoppm`` at the scale
a 1280×720 webcam with a 60° horizontal field of view sees them at 0.5, 0.8, 1.0 and 1.2 m
(1280 px across 2·d·tan 30°: 35 dpi at 0.8 m). Each badge is turned by up to ±15°, put in a
cluttered scene at a random place, blurred a little (σ 0.7 px: focus, lens) and given sensor
noise (σ 4, fresh in every frame); the door's decoder
(:func:`checkin.scanner.scheduler.door_decoder`) sees it for 15 frames (0.5 s at 30 fps).

Each error-correction level (L, M, Q, H) is printed in the same place at the same size, so
a lower level gives larger modules (L: version 1, 21 modules; M and Q: version 2, 25; H:
version 3, 29), and the badge before this issue (level H, 36 % of the height) is the
reference. A second table covers a thumb over a corner of the code at 0.5 m (the share of
the code's side it hides). Prints the tables and ``RESULT`` lines; exits 0 either way.
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from checkin.badges import render  # noqa: E402
from checkin.badges.layout import BadgeFormat, BadgeStyle, ErrorCorrection  # noqa: E402
from checkin.badges.sheets import write_badges_pdf  # noqa: E402
from checkin.scanner import corpus  # noqa: E402
from checkin.scanner.decoders import to_gray  # noqa: E402
from checkin.scanner.scheduler import door_decoder  # noqa: E402

DISTANCES_M = (0.5, 0.8, 1.0, 1.2)
TARGET_DISTANCE_M = 0.8
TARGET_RATE = 0.95
FRAME = (1280, 720)
HFOV_DEG = 60.0
HOLD = 15
COVERS = (0.20, 0.30, 0.35, 0.40)


def dpi_at(distance_m: float) -> float:
    """Pixels per inch of paper that a 720p, 60° webcam gets at ``distance_m``."""
    px_per_m = FRAME[0] / (2 * distance_m * math.tan(math.radians(HFOV_DEG / 2)))
    return px_per_m * 0.0254


def layouts():
    """name → (style change, portrait QR share): the four levels at today's size, and the
    badge before this issue."""
    made = {level.value: (level, render.QR_SHARE_PORTRAIT) for level in ErrorCorrection}
    made["before (H, 36 %)"] = (ErrorCorrection.H, 0.36)
    return made


def rasterise(pdf: Path, dpi: float, folder: Path) -> list[np.ndarray]:
    prefix = folder / f"page{dpi:.1f}"
    subprocess.run(["pdftoppm", "-r", f"{dpi:.2f}", "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(folder.glob(f"{prefix.name}-*.png"))
    images = [cv2.imread(str(p)) for p in pages]
    for p in pages:
        p.unlink()
    return images


def place(badge: np.ndarray, scene: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = badge.shape[:2]
    angle = rng.uniform(-15, 15)
    height, width = scene.shape[:2]
    diagonal = math.hypot(w, h)
    cx = rng.uniform(diagonal / 2, width - diagonal / 2)
    cy = rng.uniform(min(diagonal / 2, height / 2), max(height - diagonal / 2, height / 2))
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    matrix[:, 2] += (cx - w / 2, cy - h / 2)
    frame = scene.copy()
    cv2.warpAffine(badge, matrix, (width, height), dst=frame, flags=cv2.INTER_LINEAR,
                   borderMode=cv2.BORDER_TRANSPARENT)
    return cv2.GaussianBlur(frame, (0, 0), 0.7)


def read_within_hold(frame: np.ndarray, token: str, rng: np.random.Generator) -> bool:
    decoder = door_decoder()
    noise = np.empty(frame.shape, np.int16)
    for _ in range(HOLD):
        cv2.setRNGSeed(int(rng.integers(0, 2**31 - 1)))
        cv2.randn(noise, 0, 4.0)
        noisy = cv2.add(frame, noise, dtype=cv2.CV_8U)
        if token in {d.text for d in decoder.decode(to_gray(noisy))}:
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--badges", type=int, default=None)
    args = parser.parse_args(argv)
    count = args.badges or (6 if args.quick else 16)
    cv2.setNumThreads(1)
    from checkin.demo import DEMO_EVENT, generate_attendees

    people = generate_attendees()[:count]
    base = BadgeStyle.from_event(DEMO_EVENT)
    scene = corpus.door_frames(corpus.door_script([], lead_s=1 / 30), seed=5)
    scene = next(scene)[0]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"# {count} demo badges (A6) a cell, {HOLD} frames each; load {load:.1f}")
    started = time.perf_counter()
    rates: dict[str, dict[float, float]] = {}
    covered: dict[str, dict[float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        for name, (level, share) in layouts().items():
            saved = render.QR_SHARE_PORTRAIT
            render.QR_SHARE_PORTRAIT = share
            try:
                style = replace(base, error_correction=level)
                pdf = folder / "badges.pdf"
                write_badges_pdf(people, style, BadgeFormat.A6, pdf)
                renderer = render.BadgeRenderer(style, BadgeFormat.A6)
                boxes = [renderer.layout(p).qr for p in people]
                version = (render.qr_modules(people[0].token, level).shape[0] - 8 - 17) // 4
            finally:
                render.QR_SHARE_PORTRAIT = saved
            modules = 17 + 4 * version
            side_mm = boxes[0].width * 25.4 / 300 * modules / (modules + 8)
            rates[name] = {}
            for distance in DISTANCES_M:
                dpi = dpi_at(distance)
                pages = rasterise(pdf, dpi, folder)
                rng = np.random.default_rng([int(distance * 100), len(name)])
                read = sum(
                    read_within_hold(place(page, scene, rng), person.token, rng)
                    for page, person in zip(pages, people, strict=False)
                )
                rates[name][distance] = read / len(people)
            # A thumb over a corner at 0.5 m.
            covered[name] = {}
            dpi = dpi_at(0.5)
            pages = rasterise(pdf, dpi, folder)
            k = dpi / 300
            for share in COVERS:
                rng = np.random.default_rng([int(share * 100), len(name), 7])
                read = 0
                for page, person, box in zip(pages, people, boxes, strict=False):
                    page = page.copy()
                    quiet = box.width * 4 / (modules + 8)
                    right, bottom = (box.right - quiet) * k, (box.bottom - quiet) * k
                    side = (box.width - 2 * quiet) * k * share
                    skin = tuple(int(c) for c in (rng.integers(60, 110), rng.integers(90, 140),
                                                  rng.integers(150, 200)))
                    cv2.rectangle(page, (int(right - side), int(bottom - side)),
                                  (int(right) + 2, int(bottom) + 2), skin, -1)
                    read += read_within_hold(place(page, scene, rng), person.token, rng)
                covered[name][share] = read / len(people)
            print(f"# {name}: version {version}, code {side_mm:.0f} mm, "
                  f"{side_mm / modules:.2f} mm a module, "
                  f"{side_mm / modules * dpi_at(TARGET_DISTANCE_M) / 25.4:.2f} px a module "
                  f"at {TARGET_DISTANCE_M} m")
    print("\nRead within 0.5 s, share of badges, by distance (720p, 60° webcam)")
    print("| badge | " + " | ".join(f"{d} m" for d in DISTANCES_M) + " |")
    print("|---|" + "---|" * len(DISTANCES_M))
    for name, by in rates.items():
        print(f"| {name} | " + " | ".join(f"{100 * by[d]:.0f} %" for d in DISTANCES_M) + " |")
    print("\nRead within 0.5 s at 0.5 m with a thumb over a corner (share of the code's side)")
    print("| badge | " + " | ".join(f"{int(c * 100)} %" for c in COVERS) + " |")
    print("|---|" + "---|" * len(COVERS))
    for name, by in covered.items():
        print(f"| {name} | " + " | ".join(f"{100 * by[c]:.0f} %" for c in COVERS) + " |")
    chosen = BadgeStyle().error_correction.value
    rate = rates[chosen][TARGET_DISTANCE_M]
    print(f"RESULT badge_read_rate_at_{TARGET_DISTANCE_M}m: {100 * rate:.0f} % (target >= "
          f"{100 * TARGET_RATE:.0f} %) {'PASS' if rate >= TARGET_RATE else 'FAIL'}")
    print(f"# {time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
