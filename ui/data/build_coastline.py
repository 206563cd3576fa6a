"""Build ``coastline.json`` from Natural Earth 1:110m admin-0 countries.

The source is the ``naturalearth_lowres`` shapefile that geopandas 0.14.x
ships in its wheel (Natural Earth ``ne_110m_admin_0_countries``, public
domain). The script reads the shapefile straight out of the wheel with the
standard library only, so building needs neither geopandas nor GDAL, and the
app reads the JSON with :mod:`json` at run time.

Usage (see README.md beside this file)::

    python ui/data/build_coastline.py                    # pip-downloads the wheel
    python ui/data/build_coastline.py --wheel geopandas-0.14.4-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

WHEEL_SPEC = "geopandas==0.14.4"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
OUTPUT = Path(__file__).with_name("coastline.json")
DECIMALS = 2
POLYGON = 5


def download_wheel(folder: Path) -> Path:
    """Fetch the geopandas wheel from PyPI with pip (no dependencies)."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary",
                    ":all:", "-d", str(folder), WHEEL_SPEC], check=True)
    return next(folder.glob("geopandas-*.whl"))


def read_dbf(data: bytes, encoding: str) -> list[dict[str, str]]:
    """The attribute records of a dBASE III table, as text."""
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields, offset = [], 32
    while data[offset] != 0x0D:
        name = data[offset:offset + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[offset + 16]))
        offset += 32
    records = []
    for index in range(count):
        start = header_len + index * record_len + 1  # skip the deletion flag
        record = {}
        for name, width in fields:
            record[name] = data[start:start + width].decode(encoding).strip()
            start += width
        records.append(record)
    return records


def read_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """The rings of each polygon record of an ESRI shapefile."""
    shapes, offset = [], 100
    while offset < len(data):
        _, length = struct.unpack(">II", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + 2 * length]
        offset += 8 + 2 * length
        if struct.unpack("<i", body[:4])[0] != POLYGON:
            shapes.append([])
            continue
        num_parts, num_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{num_parts}i", body[44:44 + 4 * num_parts]))
        start = 44 + 4 * num_parts
        flat = struct.unpack(f"<{2 * num_points}d", body[start:start + 16 * num_points])
        points = list(zip(flat[0::2], flat[1::2], strict=True))
        bounds = [*parts, num_points]
        shapes.append([points[a:b] for a, b in zip(bounds, bounds[1:], strict=False)])
    return shapes


def compact_ring(ring: list[tuple[float, float]]) -> list[float]:
    """A ring as a flat ``[x0, y0, x1, y1, ...]`` list, rounded, repeats dropped."""
    flat: list[float] = []
    last = None
    for x, y in ring:
        point = (round(x, DECIMALS), round(y, DECIMALS))
        if point != last:
            flat.extend(point)
            last = point
    return flat if len(flat) >= 6 else []


def build(wheel: Path) -> dict[str, object]:
    """The coastline document from the shapefile inside ``wheel``."""
    with zipfile.ZipFile(wheel) as archive:
        shapes = read_polygons(archive.read(MEMBER + ".shp"))
        encoding = archive.read(MEMBER + ".cpg").decode("ascii").strip()
        records = read_dbf(archive.read(MEMBER + ".dbf"), encoding)
    countries = []
    for record, rings in zip(records, shapes, strict=True):
        compact = [flat for flat in map(compact_ring, rings) if flat]
        if compact:
            countries.append({"name": record["name"], "iso_a3": record["iso_a3"],
                              "rings": compact})
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    return {
        "source": "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries "
                  f"(ne_110m_admin_0_countries), as shipped in {wheel.name} "
                  f"({MEMBER}.shp), sha256 {digest}",
        "licence": "Public domain (Natural Earth, naturalearthdata.com/about/terms-of-use)",
        "crs": "WGS 84 longitude/latitude, degrees",
        "decimals": DECIMALS,
        "countries": countries,
    }


def main(argv: list[str] | None = None) -> int:
    """Build the JSON file; prints its size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded geopandas 0.14.x wheel")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        wheel = args.wheel or download_wheel(Path(folder))
        document = build(wheel)
    text = json.dumps(document, separators=(",", ":"), ensure_ascii=False)
    args.output.write_text(text + "\n", encoding="utf-8")
    points = sum(len(ring) // 2 for c in document["countries"] for ring in c["rings"])
    print(f"{args.output}: {len(document['countries'])} countries, {points} points, "
          f"{args.output.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
