"""Short feedback sounds for the door: accepted, attention (accepted, read the note),
warning (already in), refused.

The WAV files are made by ``scripts/make_sounds.py`` and shipped in ``resources/sounds/``.
A :class:`QSoundEffect` is loaded once per sound by :meth:`Sounds.preload`, which the window
calls once it is on screen (opening the audio device takes about 100 ms: not at launch, and
not in the first scan's path); a machine with no sound card just stays silent.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot

from checkin import paths
from checkin.model import AdmitResult, Outcome

log = logging.getLogger(__name__)

FILES = {"green": "accepted.wav", "attention": "attention.wav", "amber": "warning.wav",
         "red": "refused.wav", "exit": "accepted.wav"}


class Sounds(QObject):
    """Plays the sound of an outcome's colour unless muted."""

    muted_changed = Signal(bool)

    def __init__(self, *, muted: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self._muted = muted
        self._effects: dict[str, object] = {}
        self.played: list[str] = []  # the last colours played, for tests and the log

    @property
    def muted(self) -> bool:
        return self._muted

    @Slot(bool)
    def set_muted(self, muted: bool) -> None:
        if muted != self._muted:
            self._muted = muted
            self.muted_changed.emit(muted)
            if not muted:
                self.preload()

    @Slot()
    def preload(self) -> None:
        """Open the sounds now (unless muted), so the first answer is not delayed."""
        if not self._muted:
            for colour in FILES:
                self._effect(colour)

    def play_outcome(self, outcome: Outcome) -> None:
        self.play(outcome.colour)

    def play_result(self, result: AdmitResult) -> None:
        """The sound of an answer: its colour's, or attention's (accepted with a note)."""
        self.play(result.colour)

    def play(self, colour: str) -> None:
        self.played = (self.played + [colour])[-10:]
        if self._muted:
            return
        effect = self._effect(colour)
        if effect is not None:
            effect.stop()
            effect.play()

    def check(self, timeout_s: float = 3.0) -> str:
        """Load every sound now, muted or not, and say how it went (``checkin --self-test``).

        Raises AssertionError when Qt Multimedia is missing, or when this machine has an audio
        output and a sound does not load on it; with no audio output nothing can play, and the
        answer says so."""
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:
            raise AssertionError(f"Qt Multimedia is missing: {error}") from None
        output = QMediaDevices.defaultAudioOutput()
        if output.isNull():  # nothing can play: the files at least must be there
            names = sorted(set(FILES.values()))
            missing = [n for n in names if not paths.resource("sounds", n).is_file()]
            if missing:
                raise AssertionError(f"sounds missing: {', '.join(missing)}")
            return f"{len(names)} sounds found, no audio output on this machine"
        effects = {FILES[colour]: self._effect(colour) for colour in FILES}
        deadline = time.monotonic() + timeout_s
        app = QCoreApplication.instance()
        while (time.monotonic() < deadline and app is not None and
               any(e.status() == QSoundEffect.Status.Loading for e in effects.values())):
            app.processEvents()
            time.sleep(0.01)
        failed = sorted(name for name, e in effects.items()
                        if e.status() != QSoundEffect.Status.Ready)
        if failed:
            raise AssertionError(f"sounds not loaded on {output.description()}: "
                                 f"{', '.join(failed)}")
        return f"{len(effects)} sounds ready on {output.description()}"

    def _effect(self, colour: str):
        if colour in self._effects:
            return self._effects[colour]
        effect = None
        path = paths.resource("sounds", FILES.get(colour, "refused.wav"))
        try:
            from PySide6.QtMultimedia import QSoundEffect

            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.9)
        except ImportError:  # a build of Qt without multimedia: silent, not broken
            log.warning("Qt Multimedia is missing: no sounds")
        self._effects[colour] = effect
        return effect
