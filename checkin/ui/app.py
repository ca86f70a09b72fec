"""Start the window (placeholder until the reception window lands)."""
from PySide6.QtWidgets import QApplication


def main(db=None, demo=False) -> int:
    app = QApplication([])
    return 0
