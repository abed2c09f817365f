#!/usr/bin/env python3
"""Checks that every figure file in the given folders is a valid file of its kind.

Usage: python3 Tools/check_outputs.py DIR [DIR ...]

- PNG: signature, every chunk's CRC, IHDR first and IEND last, and the IDAT
  stream decompresses to exactly height x (1 + width x bytes per pixel) bytes.
- PDF: `qpdf --check` when qpdf is installed (Tools/install-system-packages.sh
  installs it), else the header, a cross-reference table and %%EOF.
- SVG: parses as XML with an <svg> root and no embedded raster <image>.

Prints one line per file and exits 1 if any file fails (0 if all pass, 2 if
no figure file was found). Uses only the Python standard library.
"""
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zlib


def check_png(path):
    data = open(path, "rb").read()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "bad signature"
    pos, chunks, idat = 8, [], b""
    while pos < len(data):
        if pos + 8 > len(data):
            return "truncated chunk header"
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc_bytes = data[pos + 8 + length:pos + 12 + length]
        if len(body) != length or len(crc_bytes) != 4:
            return f"truncated {kind!r} chunk"
        if zlib.crc32(kind + body) & 0xFFFFFFFF != struct.unpack(">I", crc_bytes)[0]:
            return f"CRC mismatch in {kind!r}"
        chunks.append(kind)
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    if not chunks or chunks[0] != b"IHDR" or chunks[-1] != b"IEND":
        return "IHDR must come first and IEND last"
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(colour)
    if channels is None or depth != 8:
        return f"unexpected colour type {colour} / depth {depth}"
    raw = zlib.decompress(idat)
    expected = height * (1 + width * channels)
    if len(raw) != expected:
        return f"pixel data is {len(raw)} bytes, expected {expected}"
    return None


def check_pdf(path):
    if shutil.which("qpdf"):
        result = subprocess.run(["qpdf", "--check", path], capture_output=True, text=True)
        return None if result.returncode == 0 else (result.stdout + result.stderr).strip().splitlines()[-1]
    data = open(path, "rb").read()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-32:] or b"xref" not in data:
        return "missing PDF header, xref or %%EOF"
    return None


def check_svg(path):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        return f"XML error: {error}"
    if not root.tag.endswith("svg"):
        return f"root element is {root.tag}"
    if any(element.tag.endswith("image") for element in root.iter()):
        return "contains a raster <image>"
    return None


CHECKS = {".png": check_png, ".pdf": check_pdf, ".svg": check_svg}


def main(folders):
    failures, seen = 0, 0
    for folder in folders:
        for name in sorted(os.listdir(folder)):
            check = CHECKS.get(os.path.splitext(name)[1].lower())
            if check is None:
                continue
            seen += 1
            problem = check(os.path.join(folder, name))
            print(f"{'ok  ' if problem is None else 'FAIL'} {os.path.join(folder, name)}"
                  + ("" if problem is None else f": {problem}"))
            failures += problem is not None
    if seen == 0:
        print("no PNG, PDF or SVG files found", file=sys.stderr)
        return 2
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
