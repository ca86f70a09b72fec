"""Badge scanning: decoders, frame sources, validation, USB scanners, a test corpus.

Everything here is free of Qt except :mod:`checkin.scanner.camera`, the window's worker.
"""
