"""``checkin --self-test``: is this installation whole? One line per check, exit 0 when all pass.

Run on a freshly installed laptop (the bundle or a checkout) before the event, and by CI on
the bundle. Each check uses the real pieces on a temporary database, never the station's own:

1. the files: every packaged file the application needs (sounds, fonts, icons, demo data, the
   badge photo, the translations) is found through :func:`checkin.paths.packaged`, the same
   importlib.resources lookup in the bundle as in a checkout, and reads as what it is;
2. the database: a new SQLite file, migrated, written and read back;
3. the demo: the demo conference loads (sessions, people, arrivals);
4. the decoders: the bundled badge photo (``resources/selftest/badge.jpg``) is read by each
   decoder available here, and the chain the door uses reads it;
5. the camera: a short MJPEG video of the badge photo goes through the door's frame source and
   decoder chain (the camera's path, without a camera), and OpenCV has a camera backend;
6. the badge: a badge is rendered and its QR code reads back to the person's token;
7. the hub: its TLS certificate is made and loaded, its DNS-SD announcement built (no network);
8. the window: the reception window starts offscreen for a moment, on the demo, and the door's
   sounds load (on the audio output, when the machine has one).

A check that fails names what failed and why, and the exit status is 1.
"""

from __future__ import annotations

import os
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from checkin import paths

if TYPE_CHECKING:
    from checkin.store import Store

BADGE_PHOTO = ("selftest", "badge.jpg")
BADGE_TOKEN = "IMC25-SELF-TEST-BADGE"  # what the bundled photo's QR code holds
#: the packaged files the application opens, by folder (checkin.paths.PACKAGED)
REQUIRED_FILES = {
    "resources": (
        "sounds/accepted.wav", "sounds/attention.wav", "sounds/warning.wav", "sounds/refused.wav",
        "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "icons/checkin.png",
        "demo/people.json", "demo/inscriptions.csv", "demo/programme.csv", "/".join(BADGE_PHOTO),
    ),
    "translations": ("checkin_fr.qm", "checkin_en.qm"),
}


QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # every .qm file starts so


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


class _Context:
    """What the checks share: the temporary folder and the store once made."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.store: Store | None = None


def _files(ctx: _Context) -> str:
    import wave

    from PIL import Image, ImageFont

    missing, broken = [], []
    for folder, names in REQUIRED_FILES.items():
        for name in names:
            path = paths.packaged(folder) / name
            if not path.is_file() or not path.stat().st_size:
                missing.append(f"{folder}/{name}")
                continue
            try:
                if path.suffix == ".wav":
                    with wave.open(str(path)) as sound:
                        if not sound.getnframes():
                            raise ValueError("no sound in it")
                elif path.suffix == ".ttf":
                    ImageFont.truetype(str(path), 12)
                elif path.suffix in (".png", ".jpg"):
                    with Image.open(path) as image:
                        image.verify()
                elif path.suffix == ".qm" and not path.read_bytes().startswith(QM_MAGIC):
                    raise ValueError("not a Qt translation")
            except Exception as error:  # noqa: BLE001 - named in the check's line
                broken.append(f"{folder}/{name} ({error})")
    if missing or broken:
        raise AssertionError("; ".join(
            ([f"missing: {', '.join(missing)}"] if missing else [])
            + ([f"unreadable: {', '.join(broken)}"] if broken else [])))
    count = sum(len(names) for names in REQUIRED_FILES.values())
    return f"{count} packaged files found in {paths.packaged('resources').parent}"


def _database(ctx: _Context) -> str:
    from checkin.store import Store

    store = ctx.store = Store(ctx.folder / "selftest.db")
    store.set_setting("selftest", "written")
    if store.get_setting("selftest") != "written":
        raise AssertionError("a setting written was not read back")
    import sqlite3

    return f"SQLite {sqlite3.sqlite_version}: a new database written and read back"


def _demo(ctx: _Context) -> str:
    from checkin.demo import build_demo

    if ctx.store is None:
        raise AssertionError("no database (the database check failed)")
    build_demo(ctx.store)
    people = len(ctx.store.attendees())
    sessions = len(ctx.store.sessions())
    if not people or not sessions:
        raise AssertionError(f"the demo has {people} people and {sessions} sessions")
    return f"{sessions} sessions, {people} people"


def _gray(path: Path):
    import numpy as np
    from PIL import Image

    with Image.open(path) as image:
        return np.asarray(image.convert("L"))


def _decoders(ctx: _Context) -> str:
    from checkin.scanner.decoders import available_decoders, default_decoder, make_decoder

    photo = paths.resource(*BADGE_PHOTO)
    gray = _gray(photo)
    read: list[str] = []
    missing: list[str] = []
    failed: list[str] = []
    for info in available_decoders():
        if not info.available:
            missing.append(f"{info.name} ({info.reason})")
            continue
        texts = [d.text for d in make_decoder(info.name).decode(gray)]
        (read if BADGE_TOKEN in texts else failed).append(info.name)
    chain = [d.text for d in default_decoder().decode(gray)]
    if BADGE_TOKEN not in chain:
        raise AssertionError(f"the door's decoder chain did not read {photo.name}")
    if failed:
        raise AssertionError(f"{', '.join(failed)} did not read {photo.name}")
    if not read:
        raise AssertionError("no QR decoder is available")
    detail = f"{', '.join(read)} read the badge; the door's chain reads it"
    if missing:
        detail += f"; not available: {'; '.join(missing)}"
    return detail


def _camera(ctx: _Context) -> str:
    """The camera's path without a camera: a short MJPEG video of the badge photo (the format
    OpenCV reads by itself, with or without FFmpeg) through the door's own frame source and
    decoder chain; and a backend for live cameras present."""
    import cv2

    from checkin.scanner.decoders import default_decoder, to_gray
    from checkin.scanner.sources import FrameSource

    image = cv2.imread(str(paths.resource(*BADGE_PHOTO)))
    if image is None:
        raise AssertionError(f"OpenCV cannot read {BADGE_PHOTO[-1]}")
    video = ctx.folder / "door.avi"
    writer = cv2.VideoWriter(str(video), cv2.CAP_OPENCV_MJPEG, cv2.VideoWriter.fourcc(*"MJPG"),
                             10.0, (image.shape[1], image.shape[0]))
    for _ in range(5):
        writer.write(image)
    writer.release()
    source = FrameSource(str(video))
    decoder = default_decoder()
    frames = read = 0
    for frame in source.frames():
        frames += 1
        read += BADGE_TOKEN in [d.text for d in decoder.decode(to_gray(frame.image))]
    if not frames:
        raise AssertionError(source.status.message)
    if not read:
        raise AssertionError(f"the badge was read in none of the video's {frames} frames")
    backends = [cv2.videoio_registry.getBackendName(b)
                for b in cv2.videoio_registry.getCameraBackends()]
    live = [b for b in backends if b in ("V4L2", "MSMF", "DSHOW", "AVFOUNDATION")]
    if not live:
        raise AssertionError(f"no camera backend in OpenCV (it has {', '.join(backends)})")
    return (f"a video of the badge through the door's frame source: read in {read} of "
            f"{frames} frames; cameras through {', '.join(live)}")


def _badge(ctx: _Context) -> str:
    from checkin.badges.layout import BadgeFormat, BadgeStyle
    from checkin.badges.render import BadgeRenderer
    from checkin.scanner.decoders import default_decoder

    if ctx.store is None:
        raise AssertionError("no database (the database check failed)")
    import numpy as np

    event = ctx.store.event()
    if event is None:
        raise AssertionError("no event (the demo check failed)")
    person = ctx.store.attendees()[0]
    image = BadgeRenderer(BadgeStyle.from_event(event, ctx.folder), BadgeFormat.A6).render(person)
    out = ctx.folder / "badge.png"
    image.save(out)
    texts = [d.text for d in default_decoder().decode(np.asarray(image.convert("L")))]
    if not any(text.replace("-", "").upper() == person.token.replace("-", "").upper()
               for text in texts):
        raise AssertionError("the rendered badge's QR code does not read back to its token")
    return f"A6 badge {image.width}×{image.height} px, its QR code reads back"


def _hub(ctx: _Context) -> str:
    """The hub's own pieces, without a network: its TLS certificate made (cryptography) and
    loaded by Python's ssl, its DNS-SD announcement built (zeroconf)."""
    import socket
    import ssl

    from zeroconf import ServiceInfo

    from checkin.hub.announce import SERVICE_TYPE
    from checkin.hub.certs import hub_certificate

    cert = hub_certificate(ctx.folder / "hub")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert.cert, cert.key)
    info = ServiceInfo(SERVICE_TYPE, f"Self-test.{SERVICE_TYPE}", port=8443,
                       addresses=[socket.inet_aton("127.0.0.1")],
                       properties={"fp": cert.fingerprint[:16]})
    if info.properties.get(b"fp") != cert.fingerprint[:16].encode():
        raise AssertionError("the announcement does not carry the certificate's fingerprint")
    return (f"a TLS certificate made and loaded (SHA-256 {cert.fingerprint[:16]}…), "
            "its DNS-SD announcement built")


def _window(ctx: _Context) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from checkin.ui.app import open_briefly

    if ctx.store is None:
        raise AssertionError("no database (the database check failed)")
    return open_briefly(ctx.store, ctx.folder / "ui.ini", seconds=0.5)


CHECKS: tuple[tuple[str, Callable[[_Context], str]], ...] = (
    ("files", _files),
    ("database", _database),
    ("demo", _demo),
    ("decoders", _decoders),
    ("camera", _camera),
    ("badge", _badge),
    ("hub", _hub),
    ("window", _window),
)


def run_checks(folder: Path | None = None) -> list[CheckResult]:
    results = []
    with tempfile.TemporaryDirectory(prefix="checkin-self-test-") as tmp:
        ctx = _Context(Path(folder) if folder else Path(tmp))
        try:
            for name, check in CHECKS:
                started = time.monotonic()
                try:
                    detail = check(ctx)
                except Exception as error:  # a self-test reports every failure, it never dies
                    detail = f"{type(error).__name__}: {error}"
                    last = traceback.extract_tb(error.__traceback__)[-1:]
                    if last:
                        detail += f" ({Path(last[0].filename).name}:{last[0].lineno})"
                    results.append(CheckResult(name, False, detail, time.monotonic() - started))
                else:
                    results.append(CheckResult(name, True, detail, time.monotonic() - started))
        finally:
            if ctx.store is not None:
                ctx.store.close()
    return results


def main() -> int:
    results = run_checks()
    width = max(len(r.name) for r in results)
    for r in results:
        mark = "ok  " if r.ok else "FAIL"
        print(f"{mark} {r.name:<{width}}  {r.detail}  [{r.seconds:.1f} s]", flush=True)
    failed = [r.name for r in results if not r.ok]
    if failed:
        print(f"self-test: FAILED ({', '.join(failed)})", flush=True)
        return 1
    print(f"self-test: all {len(results)} checks passed", flush=True)
    return 0
