"""The architecture's rules hold: the import-linter layer contracts (`.importlinter`) pass on the
tree and fail on a deliberately wrong import, and no module grows past the size limit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "roydad"
CONTRACTS = ROOT / ".importlinter"
LINT = Path(sys.executable).with_name("lint-imports")
MAX_LINES = 400


def _lint(src: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    """`lint-imports` on the package found under `src` (first on the path)."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    return subprocess.run(
        [str(LINT), str(CONTRACTS), "--no-logo", "--cache-dir", str(cache)],
        cwd=src,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _copy_package(tmp_path: Path) -> Path:
    """A copy of the package's code (no data, no model) under `tmp_path/src`."""
    src = tmp_path / "src"
    shutil.copytree(
        PACKAGE,
        src / "roydad",
        ignore=shutil.ignore_patterns("__pycache__", "data", "model", "web", "*.yaml"),
    )
    return src


def test_the_layer_contracts_hold(tmp_path: Path) -> None:
    result = _lint(ROOT / "src", tmp_path / "cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower() or " 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "wrong_import", "contract"),
    [
        # The store reaching up into consolidation: what issue 17 took out.
        ("store/__init__.py", "import roydad.consolidate.derive", "Stages and layers"),
        # The store reaching sideways into the knowledge base.
        ("store/__init__.py", "import roydad.resolve", "The store knows only the models"),
        # nlp reaching forward into resolution.
        ("nlp/__init__.py", "import roydad.resolve.actors", "Stages and layers"),
        # analysis and export are siblings: neither imports the other.
        ("analysis/__init__.py", "import roydad.export", "Stages and layers"),
    ],
)
def test_a_wrong_import_breaks_a_contract(
    tmp_path: Path, module: str, wrong_import: str, contract: str
) -> None:
    src = _copy_package(tmp_path)
    target = src / "roydad" / module
    target.write_text(target.read_text("utf-8") + f"\n{wrong_import}  # deliberately wrong\n")
    result = _lint(src, tmp_path / "cache")
    assert result.returncode != 0, result.stdout
    assert contract in result.stdout
    assert "BROKEN" in result.stdout


def test_no_module_is_over_the_size_limit() -> None:
    sizes = {
        path.relative_to(ROOT).as_posix(): len(path.read_text("utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts
    }
    assert len(sizes) > 100
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}
