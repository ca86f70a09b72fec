"""Write the short feedback sounds into resources/sounds/ (run once; the WAVs are
committed). Deterministic: the same bytes every run.

- accepted: two bright rising notes, short (a "ding-ding" that means go);
- attention: the same two notes, then a third, lower one held (go, but read the screen);
- warning: the same middle note twice (already in: look at the screen);
- refused: a low falling buzz, longer (stop).

Sounds are 16-bit mono at 22,050 Hz, under half a second, with soft edges so they do not click.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(freq_start: float, freq_end: float, seconds: float, *, square: float = 0.0,
         volume: float = 0.6) -> list[float]:
    n = int(RATE * seconds)
    fade = int(RATE * 0.008)
    phase = 0.0
    out = []
    for i in range(n):
        freq = freq_start + (freq_end - freq_start) * i / n
        phase += 2 * math.pi * freq / RATE
        sample = math.sin(phase)
        if square:  # a few odd harmonics: harsher, reads as "no"
            sample += square * (math.sin(3 * phase) / 3 + math.sin(5 * phase) / 5)
        edge = min(1.0, i / fade, (n - i) / fade)
        out.append(volume * edge * sample)
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> None:
    peak = max(1e-9, max(abs(s) for s in samples))
    scale = min(1.0, 0.9 / peak) * 32767
    with wave.open(str(OUT / name), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(b"".join(struct.pack("<h", int(s * scale)) for s in samples))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write("accepted.wav", tone(988, 988, 0.09) + silence(0.02) + tone(1319, 1319, 0.14))
    write("attention.wav", tone(988, 988, 0.09) + silence(0.02) + tone(1319, 1319, 0.12)
          + silence(0.05) + tone(784, 784, 0.26, square=0.2))
    write("warning.wav", tone(659, 659, 0.12) + silence(0.06) + tone(659, 659, 0.12))
    write("refused.wav", tone(220, 165, 0.38, square=0.9, volume=0.7))
    print(f"sounds written to {OUT}")


if __name__ == "__main__":
    main()
