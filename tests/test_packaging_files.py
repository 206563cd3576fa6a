"""The packaging files are well-formed (fast: the bundle is built by packaging/ci_bundle.sh)."""

from __future__ import annotations

import ast
import configparser
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"
ICONS = PACKAGING / "icons"
SVG = "{http://www.w3.org/2000/svg}"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("name", ["twinparks.spec", "entry.py", "hooks/hook-pulp.py",
                                  "icons/render.py"])
def test_python_files_parse(name):
    ast.parse((PACKAGING / name).read_text(encoding="utf-8"), filename=name)


def test_spec_builds_the_twinparks_folder_bundle():
    tree = ast.parse((PACKAGING / "twinparks.spec").read_text(encoding="utf-8"))
    calls = {node.func.id: node for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    for needed in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        assert needed in calls, f"the spec has no {needed}(...)"
    collect = {kw.arg: kw.value for kw in calls["COLLECT"].keywords}
    assert isinstance(collect["name"], ast.Name) and collect["name"].id == "NAME"
    names = {target.id: node.value for node in tree.body if isinstance(node, ast.Assign)
             for target in node.targets if isinstance(target, ast.Name)}
    assert ast.literal_eval(names["NAME"]) == "twinparks"
    excludes = ast.literal_eval(names["QT_EXCLUDES"]) + ast.literal_eval(names["PY_EXCLUDES"])
    for heavy in ("PySide6.QtWebEngineCore", "PySide6.QtQuick", "PySide6.Qt3DCore",
                  "PySide6.QtMultimedia", "tkinter", "matplotlib", "scipy"):
        assert heavy in excludes


def test_pulp_hook_adds_cbc_and_the_apis_folder():
    text = (PACKAGING / "hooks" / "hook-pulp.py").read_text(encoding="utf-8")
    assert '"apis" / "__init__.py"' in text and "solverdir" in text


def test_desktop_entry_has_the_required_keys():
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(PACKAGING / "linux" / "twinparks.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    for key in ("Name", "Exec", "Icon", "Type"):
        assert entry.get(key), f"the .desktop file has no {key}"
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "twinparks"


def test_metainfo_is_well_formed_appstream():
    root = ET.parse(PACKAGING / "linux" / "io.github.twinparks.Planner.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "io.github.twinparks.Planner"
    for tag in ("name", "summary", "description", "metadata_license", "project_license"):
        assert root.find(tag) is not None, f"metainfo has no <{tag}>"
    assert root.findtext("launchable") == "twinparks.desktop"


def test_svg_icon_is_well_formed_and_square():
    root = ET.parse(ICONS / "twinparks.svg").getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 256 256"
    assert len(root.findall(f"{SVG}polygon")) == 2  # the two parks' stars


@pytest.mark.parametrize("size", [256, 128, 48, 32])
def test_icon_pngs_have_their_size(size):
    assert png_size(ICONS / f"twinparks-{size}.png") == (size, size)


def test_ico_and_icns_exist():
    ico = (ICONS / "twinparks.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and struct.unpack("<H", ico[4:6])[0] >= 1
    assert (ICONS / "twinparks.icns").read_bytes()[:4] == b"icns"


def test_inno_setup_script_points_at_the_bundle():
    text = (PACKAGING / "windows" / "twinparks.iss").read_text(encoding="utf-8")
    for section in ("[Setup]", "[Files]", "[Icons]"):
        assert section in text
    assert r"dist\twinparks" in text and "twinparks.ico" in text
