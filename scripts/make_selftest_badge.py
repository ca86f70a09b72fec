"""Make resources/selftest/badge.jpg, the photo `checkin --self-test` asks every decoder to read:
a badge's QR code on a card, turned a little, slightly blurred and noisy, in a grey 640x480
scene, as a webcam at the door would see it. Run once; the PNG is committed."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import qrcode
from PIL import Image, ImageDraw, ImageFilter

from checkin.selftest import BADGE_TOKEN

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    qr = qrcode.QRCode(border=4, box_size=7, error_correction=qrcode.constants.ERROR_CORRECT_Q)
    qr.add_data(BADGE_TOKEN)
    qr.make(fit=True)
    code = qr.make_image(fill_color="black", back_color="white").get_image().convert("L")
    card = Image.new("L", (code.width + 60, code.height + 120), 245)
    card.paste(code, (30, 30))
    draw = ImageDraw.Draw(card)
    draw.rectangle((30, code.height + 50, card.width - 30, code.height + 80), fill=60)
    card = card.rotate(8, expand=True, fillcolor=120, resample=Image.Resampling.BICUBIC)
    scene = Image.new("L", (640, 480), 120)
    scene.paste(card, ((640 - card.width) // 2, (480 - card.height) // 2))
    scene = scene.filter(ImageFilter.GaussianBlur(0.8))
    rng = np.random.default_rng(20250203)
    pixels = np.asarray(scene, dtype=np.int16) + rng.normal(0, 6, (480, 640)).astype(np.int16)
    out = ROOT / "resources" / "selftest" / "badge.jpg"
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(out, quality=85)
    print(out, out.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
