"""Make the application icon, resources/icons/checkin.png (512 px) and checkin.ico (16 to
256 px): a badge's QR finder pattern and a green tick on the event's dark blue. Run once; the
files are committed."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
BLUE = (11, 60, 93)
GREEN = (46, 160, 67)
WHITE = (255, 255, 255)


def draw(size: int = 512) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    u = size / 16
    d.rounded_rectangle((0, 0, size - 1, size - 1), radius=int(3 * u), fill=BLUE)
    # a QR finder pattern, top left, and a few modules beside it
    d.rectangle((2 * u, 2 * u, 8 * u, 8 * u), fill=WHITE)
    d.rectangle((3 * u, 3 * u, 7 * u, 7 * u), fill=BLUE)
    d.rectangle((4 * u, 4 * u, 6 * u, 6 * u), fill=WHITE)
    for x, y in ((10, 2), (12, 3), (10, 5), (13, 6), (2, 10), (4, 12), (3, 13)):
        d.rectangle((x * u, y * u, (x + 1.2) * u, (y + 1.2) * u), fill=WHITE)
    # the tick
    d.line([(6.5 * u, 10.5 * u), (9 * u, 13 * u), (14 * u, 6.5 * u)], fill=GREEN,
           width=int(2.2 * u), joint="curve")
    return image


def main() -> None:
    folder = ROOT / "resources" / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    big = draw(512)
    big.save(folder / "checkin.png")
    big.save(folder / "checkin.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64),
                                             (128, 128), (256, 256)])
    print("icons written to", folder)


if __name__ == "__main__":
    main()
