"""``checkin scan``: read badges from a camera, a video, a stream or a USB scanner, no window.

To test a station's camera, a recorded video or a phone used as an IP camera, it prints each
validated code as it is read (one line per appearance of a badge); with ``--session`` it also
admits the badge and prints the outcome, exactly as the door would. ``--source keyboard``
reads a USB scanner typing into the terminal (one code per line), repairing the output of a
scanner set to the wrong keyboard layout. Statuses (camera lost, reconnecting…) go to stderr.
Ctrl-C ends it.
"""

from __future__ import annotations

import argparse
import logging
import queue
import sys
import threading
from collections.abc import Callable, Iterator

from checkin.commands import CommandError, open_store
from checkin.model import Method
from checkin.scanner.decoders import (
    DECODERS,
    Decoder,
    DecoderUnavailable,
    make_decoder,
    to_gray,
)
from checkin.scanner.native_log import native_messages
from checkin.scanner.sources import (
    Frame,
    FrameSource,
    Grabber,
    SourceKind,
    SourceState,
    SourceStatus,
    parse_source,
)
from checkin.scanner.validator import ScanValidator
from checkin.scanner.wedge import repair_layout

log = logging.getLogger(__name__)

KEYBOARD_SOURCES = ("keyboard", "-")
MAX_LINE = 512  # a badge code is a few dozen characters; a scanner never types more
SHOWN = 80  # characters of a code printed back


def printable(text: str, limit: int = SHOWN) -> str:
    """``text`` as it may be printed to a terminal: control characters, escape sequences,
    bidirectional overrides, NUL and undecodable bytes shown as ``\\x1b``-style escapes,
    never sent as they are; cut to ``limit`` characters."""
    shown = "".join(c if c.isprintable() else c.encode("unicode_escape",
                                                        "backslashreplace").decode("ascii")
                    for c in text[: limit + 1])
    return shown[:limit] + "…" if len(text) > limit or len(shown) > limit else shown


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "scan",
        help="read badges from a camera, video file, stream URL or USB scanner and print them",
        description="Prints each validated code (once per appearance of a badge). With "
        "--session, admits it and prints the outcome. Ctrl-C ends it.",
    )
    p.add_argument(
        "--source",
        required=True,
        metavar="DEVICE|FILE|URL|keyboard",
        help="camera index (0, 1…), video file, stream URL (rtsp://…, http://phone:8080/video) "
        "or 'keyboard' for a USB scanner typing into this terminal",
    )
    p.add_argument("--session", metavar="ID", help="admit each code into this session")
    p.add_argument(
        "--decoder",
        choices=sorted(DECODERS),
        help="use this decoder alone on every frame (default: the door's scheduler, "
        "zxing-cpp on every frame and zbar where a code is likely)",
    )
    p.add_argument(
        "--cooldown", type=float, default=3.0, metavar="S",
        help="seconds before the same badge counts again (default 3)",
    )
    p.add_argument(
        "--repeats", type=int, default=1, metavar="N",
        help="reads in a row needed to accept a code (default 1)",
    )
    p.add_argument(
        "--fast",
        action="store_true",
        help="video files: decode every frame as fast as possible instead of at the video's "
        "own speed",
    )
    p.add_argument(
        "--stats",
        action="store_true",
        help="at the end, say on stderr how many frames were decoded and how the dropped "
        "ones were spread",
    )
    p.set_defaults(handler=scan_command)


def scan_command(args: argparse.Namespace) -> int:
    admit = _Admitter(args) if args.session else None
    try:
        if args.source.strip().lower() in KEYBOARD_SOURCES:
            codes = _keyboard_codes(sys.stdin, admit)
        else:
            # Frames are decoded on a thread of their own, so that an admission (a durable
            # write, tens of milliseconds on a busy disk) never stops the camera: frames go on
            # being decoded, and dropped evenly, while this thread writes.
            codes = _in_background(lambda stop: _camera_codes(args, stop))
        for code, method in codes:
            if admit is None:
                print(printable(code), flush=True)
            else:
                print(admit(code, method), flush=True)
    except KeyboardInterrupt:
        print("", file=sys.stderr)
    finally:
        if admit is not None:
            admit.close()
    return 0


def _decoder(args: argparse.Namespace) -> Decoder:
    from checkin.scanner.scheduler import door_decoder  # OpenCV only when a camera is used

    try:
        return make_decoder(args.decoder) if args.decoder else door_decoder()
    except DecoderUnavailable as error:
        raise CommandError(str(error)) from error


def _in_background(make: Callable[[threading.Event], Iterator]) -> Iterator:
    """Run the iterator ``make(stop)`` on a thread and yield its items here, in order; its
    exception is raised here; leaving early (Ctrl-C, an error) sets ``stop`` and waits."""
    items: queue.Queue = queue.Queue()
    stop = threading.Event()
    end = object()

    def run() -> None:
        try:
            for item in make(stop):
                items.put((item, None))
        except BaseException as error:  # noqa: BLE001 - handed to the reading thread
            items.put((end, error))
        else:
            items.put((end, None))

    thread = threading.Thread(target=run, name="scan decoder", daemon=True)
    thread.start()
    try:
        while True:
            try:
                item, error = items.get(timeout=0.2)  # a timeout keeps Ctrl-C responsive
            except queue.Empty:
                continue
            if item is end:
                if error is not None:
                    raise error
                return
            yield item
    finally:
        stop.set()
        thread.join(10)


def _camera_codes(
    args: argparse.Namespace, stop: threading.Event | None = None
) -> Iterator[tuple[str, Method]]:
    spec = parse_source(args.source)
    decoder = _decoder(args)
    try:
        validator = ScanValidator(cooldown_s=args.cooldown, repeats=args.repeats)
    except ValueError as error:
        raise CommandError(f"{error}.") from None
    file_source = spec.kind is SourceKind.FILE
    # Grayscale is all the decoders need, and an MJPEG file decodes to it three times faster.
    source = FrameSource(spec, realtime=file_source and not args.fast, gray=True)
    grabber = Grabber(source, drop=not (file_source and args.fast))
    stats = FrameStats(fps=30.0) if getattr(args, "stats", False) else None
    # FFmpeg's and OpenCV's own lines ("[mjpeg @ 0x…] bad vlc") go to the log (-v shows
    # them); the terminal gets one sentence about them at the end.
    with native_messages() as native:
        grabber.start()
        try:
            while stop is None or not stop.is_set():
                item = grabber.next(timeout=0.2)
                if item is None:
                    if grabber.finished:
                        break
                    continue
                validator.follow(item)  # a freeze and a reconnection count no badge twice
                if isinstance(item, SourceStatus):
                    if item.state is SourceState.UNAVAILABLE and not spec.live:
                        raise CommandError(item.message)
                    _print_status(item)
                    continue
                if stats is not None:
                    stats.decoded(item.index)
                yield from _codes_in(item, decoder, validator)
        finally:
            grabber.stop()
            if stats is not None:
                print(f"[stats] {stats.summary()}", file=sys.stderr, flush=True)
    if native.count:
        print(f"[warning] the video decoder reported {native.count} error(s), the first: "
              f"{printable(native.first, 100)} (-v lists them).", file=sys.stderr, flush=True)


class FrameStats:
    """Which of the source's frames were decoded: dropped frames must be spread evenly (one
    here and there), never a run long enough to skip a badge in view for a second."""

    def __init__(self, fps: float):
        self.fps = fps
        self.indexes: list[int] = []

    def decoded(self, index: int) -> None:
        self.indexes.append(index)

    def summary(self) -> str:
        if not self.indexes:
            return "no frame decoded"
        seen = self.indexes[-1] + 1
        runs = [b - a - 1 for a, b in zip([-1, *self.indexes], self.indexes, strict=False)]
        per_second = max(1, round(self.fps))
        counts = [0] * ((seen + per_second - 1) // per_second)
        for index in self.indexes:
            counts[index // per_second] += 1
        full = counts[:-1] or counts  # the last second may be cut short
        return (
            f"decoded {len(self.indexes)} of {seen} frames; dropped {seen - len(self.indexes)}, "
            f"at most {max(runs)} in a row; fewest decoded in one second: {min(full)} "
            f"of {per_second}"
        )


def _codes_in(frame: Frame, decoder: Decoder, validator: ScanValidator):
    for detection in decoder.decode(to_gray(frame.image)):
        code = validator.offer(detection.text)
        if code is not None:
            yield code, Method.CAMERA


def _print_status(status: SourceStatus) -> None:
    if status.state is not SourceState.OPENING:
        print(f"[{status.state.value}] {status.message}", file=sys.stderr, flush=True)


def _lines(stream) -> Iterator[str | int]:
    """The lines of ``stream``, each at most ``MAX_LINE`` characters; a longer one is read to
    its end and given as its length only (it is not a badge, and is not kept)."""
    while True:
        line = stream.readline(MAX_LINE + 1)
        if not line:
            return
        if len(line) <= MAX_LINE or line.endswith("\n"):
            yield line
            continue
        length = len(line)
        while line and not line.endswith("\n"):
            line = stream.readline(64 * 1024)
            length += len(line)
        yield length - line.endswith("\n")


def _keyboard_codes(stream, admit: _Admitter | None) -> Iterator[tuple[str, Method]]:
    event_code = getattr(admit, "event_code", None)
    print("Scan badges now (Ctrl-C or Ctrl-D to stop).", file=sys.stderr, flush=True)
    if hasattr(stream, "reconfigure"):  # bytes that are not UTF-8 are not a reason to stop
        stream.reconfigure(errors="replace")
    for line in _lines(stream):
        if isinstance(line, int):
            print(f"[refused] a line of {line:,} characters is not a badge.",
                  file=sys.stderr, flush=True)
            continue
        text = line.strip()
        if not text:
            continue
        repair = repair_layout(text, event_code)
        if repair.repaired:
            print(
                "[layout] The scanner types with a US keyboard layout on this French one; "
                "the code was repaired. Set the scanner to the computer's layout.",
                file=sys.stderr,
                flush=True,
            )
        yield repair.text, Method.SCANNER


class _Admitter:
    """Admits codes into one session and describes the outcome in one line."""

    def __init__(self, args: argparse.Namespace):
        from checkin.reception import Reception

        self.store = open_store(args)
        try:
            self.reception = Reception(self.store)
            # An unknown session or an empty database: one line and exit 1, before any camera.
            self.session = self.reception.session(args.session)
            self.event_code = self.reception.event.code
        except BaseException:
            self.store.close()
            raise

    def __call__(self, code: str, method: Method) -> str:
        from checkin.commands.desk import describe

        result = self.reception.admit(code, self.session.id, method=method)
        words = describe(result, self.reception.event, self.reception.clock())
        return f"{printable(code)}  " + " · ".join(
            printable(line.strip(), 200) for line in words.splitlines() if line)

    def close(self) -> None:
        self.store.close()

