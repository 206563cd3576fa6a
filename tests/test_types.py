"""The planning model type-checks, as CI checks it (mypy on the installed package)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_is_clean_on_the_installed_planning_model(tmp_path):
    mypy = Path(sys.executable).with_name("mypy")
    result = subprocess.run([str(mypy), "--config-file", str(ROOT / "pyproject.toml"),
                             "-p", "twinparks.models"], capture_output=True, text=True,
                            cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
