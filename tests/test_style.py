"""The code passes ruff (docstring rules apply to models/)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_is_clean():
    ruff = Path(sys.executable).with_name("ruff")
    command = [str(ruff)] if ruff.exists() else [shutil.which("ruff") or "ruff"]
    result = subprocess.run(command + ["check", "models", "twinparks", "ui", "benchmarks",
                                       "tests", "--output-format", "concise"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_pinned_once_for_ci_and_pre_commit():
    import tomllib

    test_extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]["test"]
    pin = next(d for d in test_extra if d.startswith("ruff"))
    assert pin.startswith("ruff==")
    hooks = (ROOT / ".pre-commit-config.yaml").read_text()
    assert re.search(r"ruff-pre-commit\s+rev: v" + re.escape(pin.removeprefix("ruff==")), hooks)


def test_code_cites_the_contract_in_the_repository():
    """Comments cite docs/contract.md §N, never a design file outside the repository."""
    assert (ROOT / "docs" / "contract.md").is_file() and (ROOT / "ARCHITECTURE.md").is_file()
    outside = re.compile("DESIGN" + r"(\.md)? ?(§|section)")
    cited = [path.relative_to(ROOT)
             for folder in ("models", "twinparks", "ui", "tests", "datasets", "benchmarks")
             for path in (ROOT / folder).rglob("*.py") if outside.search(path.read_text())]
    assert cited == []
