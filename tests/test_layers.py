"""The core never imports Qt: the import-linter contract in pyproject.toml, run as a test."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_does_not_import_qt():
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint), "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_does_not_reach_the_window():
    """The contract above ignores the window's own Qt imports; this closes the gap: no core
    module may import checkin.ui, directly or through another module (only the command
    line's late import that opens the window is allowed, and the self-test's, which opens
    the window offscreen for a moment)."""
    import grimp

    graph = grimp.build_graph("checkin")
    allowed = {"checkin.cli", "checkin.__main__", "checkin.scanner.camera", "checkin.selftest"}
    offenders = []
    for module in sorted(graph.modules):
        if module.startswith("checkin.ui") or module in allowed:
            continue
        if graph.find_shortest_chain(importer=module, imported="checkin.ui.app") or any(
            graph.chain_exists(importer=module, imported=ui_module)
            for ui_module in graph.modules
            if ui_module == "checkin.ui" or ui_module.startswith("checkin.ui.")
        ):
            offenders.append(module)
    assert not offenders, f"core modules reaching the window: {offenders}"
