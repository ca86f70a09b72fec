"""Benchmark: from scanning a pairing QR code to the first completed sync (issue 16).

A hub on 127.0.0.1 serves the demo conference (16 sessions, 1,500 people) over HTTPS with its
own certificate. For each run, a pairing code is made and drawn as a QR code on a grey
"screen" photo; a fresh, empty station then does what a volunteer's laptop does: decode the
photo with the door's decoder, check and pin the hub's certificate, enrol, and run its first
sync cycle to the end (the whole list pulled). Target: median ≤ 10 s.

    .venv/bin/python bench/bench_pairing.py            # 5 runs
    .venv/bin/python bench/bench_pairing.py --quick    # 2 runs
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["CHECKIN_NO_MDNS"] = "1"
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

TARGET_S = 10.0


def result(name: str, value: float, unit: str, target: float) -> None:
    print(f"RESULT {name}: {value:.3g} {unit} (target ≤ {target:g} {unit}) "
          f"{'PASS' if value <= target else 'FAIL'}", flush=True)


def qr_photo(text: str):
    import numpy as np
    import qrcode

    qr = qrcode.QRCode(border=4, box_size=5, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(text)
    qr.make(fit=True)
    code = np.asarray(qr.make_image().get_image().convert("L"))
    scene = np.full((720, 1280), 110, np.uint8)
    top, left = (720 - code.shape[0]) // 2, (1280 - code.shape[1]) // 2
    scene[top:top + code.shape[0], left:left + code.shape[1]] = code
    return scene


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()

    from checkin.demo import build_demo
    from checkin.hub.service import HubService
    from checkin.scanner.decoders import default_decoder
    from checkin.store import Store
    from checkin.sync.config import make_engine
    from checkin.sync.pairing import pair

    with tempfile.TemporaryDirectory(prefix="checkin-bench-pairing-") as tmp:
        folder = Path(tmp)
        os.environ["CHECKIN_SECRETS_DIR"] = str(folder / "secrets")
        hub_store = Store(folder / "hub.db")
        build_demo(hub_store)
        service = HubService(hub_store, port=0, host="127.0.0.1", announce=False,
                             tls_folder=folder / "tls")
        service.start()
        decoder = default_decoder()
        times, pulled = [], 0
        try:
            for run in range(2 if args.quick else 5):
                _, text = service.new_pairing(f"Porte {run + 1}", "door", hosts=["127.0.0.1"])
                photo = qr_photo(text)
                station = Store(folder / f"station{run}.db")
                started = time.perf_counter()
                read = [d.text for d in decoder.decode(photo)]
                code = next(t for t in read if t.startswith("checkin://pair"))
                pair(station, code)
                engine = make_engine(station)
                try:
                    report = engine.cycle(force=True)
                finally:
                    engine.close()
                took = time.perf_counter() - started
                if report.error is not None:
                    print(f"run {run + 1}: the first sync failed: {report.error}")
                    continue
                pulled = station.count_attendees()
                times.append(took)
                print(f"run {run + 1}: {took:.2f} s ({pulled} people, "
                      f"{len(station.sessions())} sessions pulled)")
                station.close()
        finally:
            service.stop()
            hub_store.close()
    if times:
        result("pairing QR to first completed sync, median", statistics.median(times), "s",
               TARGET_S)
    return 0


if __name__ == "__main__":
    sys.exit(main())
