"""The GUI entry point of the console script, headless: open, solve, close."""

import os
import subprocess
import sys


def test_smoke_test_opens_the_example_solves_and_closes(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "twinparks", "--smoke-test"],
                            capture_output=True, text=True, timeout=180, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test: optimal" in result.stdout
    assert "Traceback" not in result.stderr
    assert (tmp_path / "TwinParks" / "twinparks.ini").exists(), "settings were not saved"


def test_without_a_display_the_app_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-m", "twinparks"], capture_output=True,
                            text=True, timeout=60, env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert "display" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
