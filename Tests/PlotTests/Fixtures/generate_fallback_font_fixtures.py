#!/usr/bin/env python3
"""Generate fallback_font_extents.json: how matplotlib measures text whose symbols DejaVu Sans lacks.

Pinned versions: matplotlib 3.11.2 (its bundled FreeType 2.14.3, libraqm 0.10.5, HarfBuzz 14.1.0),
fontTools 4.68.0 (only to check coverage), Python 3.11, Agg backend, rcdefaults() (text.hinting "default"),
then rcParams["font.family"] = ["DejaVu Sans", "STIXGeneral"]: the bundled DejaVu Sans with the bundled
STIX General as its fallback (regular -> STIXGeneral, bold -> STIXGeneralBol, oblique -> STIXGeneralItalic,
as the font manager picks them).

Regenerate (from the package root):
    python3 Tests/PlotTests/Fixtures/generate_fallback_font_fixtures.py

"metrics": for strings x sizes x dpi x weights, RendererAgg.get_text_width_height_descent (width, height,
    descent of the ink; what FT2Font.set_text measures), and the file each glyph came from
    (FT2Font._layout's ft_object), one entry per glyph after ligatures.
"missing": characters that neither DejaVu Sans nor STIX General has, with the fonts matplotlib's warning
    names. (matplotlib >= 3.10 then draws them from its Last Resort font; VIPlot draws DejaVu's
    missing-glyph box, so their widths are not recorded.)
Every symbol is checked with fontTools: absent from the DejaVu face, present in the STIX face of its weight.
"""
import json
import os
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from fontTools.ttLib import TTFont  # noqa: E402
from matplotlib.backends.backend_agg import get_hinting_flag  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402

PINNED = "3.11.2"
HERE = os.path.dirname(os.path.abspath(__file__))
TTF = os.path.join(os.path.dirname(matplotlib.__file__), "mpl-data", "fonts", "ttf")
FAMILY = ["DejaVu Sans", "STIXGeneral"]

# weight -> (FontProperties keywords, DejaVu file, STIX file, symbols DejaVu lacks and that STIX face has,
#            strings mixing them with DejaVu's letters)
WEIGHTS = {
    "regular": ({}, "DejaVuSans.ttf", "STIXGeneral.ttf", "\u27c2\u29b5\u2a09\u2a06\u2312\u210a",
                ["\u27c2", "u \u27c2 v", "A\u27c2V", "f\u27c2i", "\u27c2\u27c2", "x\u29b5y", "\u2a09",
                 "\u2a06 \u2312 \u210a", "AV fi \u27c2"]),
    "bold": ({"weight": "bold"}, "DejaVuSans-Bold.ttf", "STIXGeneralBol.ttf", "\u29b6\u27c8\u24b6",
             ["\u29b6", "x \u29b6 y", "A\u27c8V", "\u24b6b"]),
    "oblique": ({"style": "oblique"}, "DejaVuSans-Oblique.ttf", "STIXGeneralItalic.ttf", "\u210a\u24b6",
                ["\u210a", "x \u210a y", "\u24b6V"]),
}
SIZES = [8, 10, 12, 14.4]
DPIS = [72, 100, 200]
MISSING = ["\u4e2d", "a\u4e2db", "\U0010fffd"]


def check_coverage():
    for weight, (_, dejavu, stix, symbols, _) in WEIGHTS.items():
        dejavu_cmap = TTFont(os.path.join(TTF, dejavu)).getBestCmap()
        stix_cmap = TTFont(os.path.join(TTF, stix)).getBestCmap()
        for symbol in symbols:
            assert ord(symbol) not in dejavu_cmap, f"{dejavu} has U+{ord(symbol):04X}"
            assert ord(symbol) in stix_cmap, f"{stix} lacks U+{ord(symbol):04X}"
    for text in MISSING:
        for name in ["DejaVuSans.ttf", "STIXGeneral.ttf"]:
            cmap = TTFont(os.path.join(TTF, name)).getBestCmap()
            assert not all(ord(c) in cmap for c in text)


def text_metrics():
    records = []
    for dpi in DPIS:
        fig = plt.figure(figsize=(4, 3), dpi=dpi)
        renderer = fig.canvas.get_renderer()
        for weight, (props, _, _, _, strings) in WEIGHTS.items():
            for size in SIZES:
                for s in strings:
                    prop = FontProperties(family=FAMILY, size=size, **props)
                    with warnings.catch_warnings():
                        warnings.simplefilter("error")  # every glyph must come from DejaVu or STIX
                        w, h, d = renderer.get_text_width_height_descent(s, prop, ismath=False)
                        items = renderer._prepare_font(prop)._layout(s, flags=get_hinting_flag())
                        faces = [os.path.basename(item.ft_object.fname) for item in items]
                    records.append({"text": s, "size": size, "dpi": dpi, "weight": weight,
                                    "width": w, "height": h, "descent": d, "faces": faces})
        plt.close(fig)
    return records


def missing_characters():
    fig = plt.figure(figsize=(4, 3), dpi=100)
    renderer = fig.canvas.get_renderer()
    records = []
    for s in MISSING:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            renderer.get_text_width_height_descent(s, FontProperties(family=FAMILY, size=10), ismath=False)
        records.append({"text": s, "warnings": sorted({str(w.message) for w in caught})})
    plt.close(fig)
    return records


def main():
    if matplotlib.__version__ != PINNED:
        print(f"warning: matplotlib {matplotlib.__version__}, the fixtures are pinned to {PINNED}")
    check_coverage()
    plt.rcdefaults()
    plt.rcParams["font.family"] = FAMILY
    fixture = {"matplotlib": matplotlib.__version__, "family": FAMILY,
               "metrics": text_metrics(), "missing": missing_characters()}
    path = os.path.join(HERE, "fallback_font_extents.json")
    with open(path, "w") as f:
        json.dump(fixture, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(path)


if __name__ == "__main__":
    main()
