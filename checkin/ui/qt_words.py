"""Qt's own words that Qt's French catalogue lacks, translated in ours.

Qt 6 changed some of its file dialog's labels ("&Look in:", "Files of &type:") and the
qtbase_fr.qm that PySide6 ships still has only the old ones, so the save dialog came out half
English ("Look in:", "Files of type:") in a French window. Marking them here puts them in
translations/checkin_*.ts under Qt's own context; our catalogue is installed after Qt's, so
it is searched first and fills the gaps. tests/ui/test_language_switch_gaps.py
checks them in the real dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&File name:")),
)
