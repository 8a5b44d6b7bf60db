#!/usr/bin/env python3
"""Build glossaries/ar-en.csv: hand-made seed names + a broad CLDR base.

Run inside the venv made by scripts/setup-venv.sh:

    bash scripts/setup-venv.sh
    scripts/.venv/bin/python scripts/gen_glossary.py

Inputs
  glossaries/sources/seed-names.csv   names read in the seed articles (hand-made, wins on conflicts)
  CLDR through the pinned Babel package (scripts/requirements.txt):
    - every country and territory: Locale('ar').territories vs Locale('en').territories
      (numeric regions such as 001/150 and pseudo entries such as ZZ/XA/XB/EU/EZ/UN/QO skipped)
    - cities: time-zone exemplar cities, Arabic from Locale('ar').time_zones, English from
      Locale('en').time_zones or, as Babel's get_timezone_location does, from the zone id.

Output
  glossaries/ar-en.csv  columns ar,en,variants,type,note; UTF-8 without BOM, LF line ends,
  rows sorted by ar (code-point order) then en.

Rules
  - Seed rows win. A CLDR Arabic spelling for the same English name as a seed row becomes an
    extra variant of that row.
  - No Arabic form (ar or variant) is used twice, not even after the folding a matcher does
    (diacritics, tatweel, alef forms, ى/ي, ة/ه, spaces): a CLDR entry whose folded form is already
    taken by a different English name is dropped (and counted); with the same English name its
    spelling is merged as a variant.
  - type: country (UN member states and the Vatican), territory (every other CLDR region), city.
  - English follows news-agency style: ASCII letters (Curacao, Sao Paulo), "and" for "&", and a few
    overrides (Turkey, Ivory Coast, Czech Republic, Myanmar, Macau, ...).
"""

import csv
import os
import re
import sys
import unicodedata

from babel import Locale
from babel.core import get_global

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "glossaries", "sources", "seed-names.csv")
OUT = os.path.join(ROOT, "glossaries", "ar-en.csv")
COLUMNS = ["ar", "en", "variants", "type", "note"]
SEED_TYPES = {"person", "place", "organization", "media"}

# --- territories -----------------------------------------------------------------------------

# CLDR entries that are not places a translator meets as such.
SKIP_TERRITORIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}

# Regions that are not UN member states (the Vatican, an observer state, is typed country).
NON_SOVEREIGN = set(
    "AC AI AQ AS AW AX BL BM BQ BV CC CK CP CQ CW CX DG EA EH FK FO GF GG GI GL GP GS GU HK HM IC "
    "IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR PS RE SH SJ SX TA TC TF TK TW UM VG VI WF XK "
    "YT".split()
)

# English as Reuters/AP write it, where CLDR differs.
EN_OVERRIDES = {
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CZ": "Czech Republic",
    "HK": "Hong Kong",
    "MM": "Myanmar",
    "MO": "Macau",
    "TL": "East Timor",
    "TR": "Turkey",
    "Asia/Macau": "Macau",
}

# Arabic as news prose writes it, where the CLDR form carries brackets, dashes or an odd word:
# code -> (ar, [variants]). The CLDR form, when still useful, is kept as a variant.
AR_OVERRIDES = {
    "CC": ("جزر كوكوس", []),
    "CD": ("جمهورية الكونغو الديمقراطية", ["الكونغو الديمقراطية", "الكونغو - كينشاسا"]),
    "CG": ("جمهورية الكونغو", ["الكونغو برازافيل", "الكونغو - برازافيل"]),
    "HK": ("هونغ كونغ", []),
    "MM": ("ميانمار", ["بورما"]),
    "MO": ("ماكاو", []),
    "TL": ("تيمور الشرقية", ["تيمور - ليشتي", "تيمور ليشتي"]),
    "Africa/Algiers": ("الجزائر العاصمة", []),  # CLDR الجزائر is also Algeria
    "Africa/Tunis": ("تونس العاصمة", []),  # CLDR تونس is also Tunisia
    "Asia/Hebron": ("الخليل", ["هيبرون"]),  # CLDR: هيبرون (مدينة الخليل)
    "Europe/Samara": ("سامارا", []),  # CLDR سمراء is a common adjective (brunette)
}

# --- cities ----------------------------------------------------------------------------------

# Exemplar "cities" that are islands, regions or stations rather than cities, and exemplar
# spellings that are common Arabic words (نوم sleep, ترك left, استر): left out.
NOT_CITIES = {
    "America/Cayman", "Atlantic/Azores", "Atlantic/Canary", "Atlantic/Faeroe", "Atlantic/Madeira",
    "Atlantic/South_Georgia", "Indian/Chagos", "Indian/Christmas", "Indian/Cocos",
    "Indian/Kerguelen", "Pacific/Bougainville", "Pacific/Chatham", "Pacific/Easter",
    "Pacific/Enderbury", "Pacific/Galapagos", "Pacific/Gambier", "Pacific/Kanton",
    "Pacific/Marquesas", "Pacific/Midway", "Pacific/Norfolk", "Pacific/Wake",
    "Australia/Lord_Howe", "Australia/Lindeman", "America/Nome", "Pacific/Truk",
}

# Cities whose Arabic spelling is also an everyday word, so that matching it would flag
# ordinary text: ماهي (Mahe; ما هي "what is"), جوني (Juneau; the first name Johnny), ديلي
# (Dili; "Daily" in newspaper names). A glossary keeper who needs one adds it by hand.
AMBIGUOUS_CITIES = {"Indian/Mahe", "America/Juneau", "Asia/Dili"}

HARAKAT = re.compile("[\u064B-\u065F\u0670]")  # diacritics, shadda, sukun, dagger alef


def strip_harakat(s):
    return HARAKAT.sub("", s)


def fold(s):
    """The folding a name matcher does; used only to detect clashes between entries."""
    s = unicodedata.normalize("NFKC", s)
    s = HARAKAT.sub("", s).replace("\u0640", "")
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    s = re.sub("[\u00A0\u200B-\u200F\u2066-\u2069\u061C]", " ", s)
    return " ".join(s.split())


def english(s):
    s = s.replace("\u2019", "'").replace(" & ", " and ")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def clean_ar(s):
    return " ".join(strip_harakat(s).split())


def read_seeds():
    rows = []
    with open(SEEDS, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            sys.exit(f"{SEEDS}: header must be {','.join(COLUMNS)}, got {reader.fieldnames}")
        for n, r in enumerate(reader, start=2):
            for col in ("ar", "en", "type"):
                if not r[col].strip():
                    sys.exit(f"{SEEDS}: row {n}: empty {col}")
            if r["type"] not in SEED_TYPES:
                sys.exit(f"{SEEDS}: row {n}: type {r['type']!r} not one of {sorted(SEED_TYPES)}")
            rows.append({
                "ar": r["ar"].strip(),
                "en": r["en"].strip(),
                "variants": [v.strip() for v in r["variants"].split("|") if v.strip()],
                "type": r["type"],
                "note": r["note"].strip(),
                "seed": True,
            })
    return rows


def cldr_territories():
    ar, en = Locale("ar"), Locale("en")
    out = []
    for code in sorted(en.territories):
        if code.isdigit() or code in SKIP_TERRITORIES or code not in ar.territories:
            continue
        a_ar, variants = AR_OVERRIDES.get(code, (clean_ar(ar.territories[code]), []))
        out.append({
            "ar": a_ar,
            "en": english(EN_OVERRIDES.get(code, en.territories[code])),
            "variants": list(variants),
            "type": "territory" if code in NON_SOVEREIGN else "country",
            "note": f"CLDR {code}",
            "seed": False,
        })
    return out


def cldr_cities():
    ar, en = Locale("ar"), Locale("en")
    out = []
    for zone in sorted(ar.time_zones):
        city_ar = ar.time_zones[zone].get("city")
        parts = zone.split("/")
        if (not city_ar or parts[0] in ("Etc", "Antarctica") or len(parts) != 2
                or zone in NOT_CITIES or zone in AMBIGUOUS_CITIES):
            continue
        city_en = en.time_zones.get(zone, {}).get("city") or parts[-1].replace("_", " ")
        a_ar, variants = AR_OVERRIDES.get(zone, (clean_ar(city_ar), []))
        if re.search(r"[()،,]", a_ar):
            continue
        out.append({
            "ar": a_ar,
            "en": english(EN_OVERRIDES.get(zone, city_en)),
            "variants": list(variants),
            "type": "city",
            "note": f"CLDR {zone}",
            "seed": False,
        })
    return out


def merge(seeds, cldr):
    rows = []
    owner = {}  # folded form -> row
    by_en = {}  # English -> first row with it (seed rows first)
    stats = {"seed": 0, "cldr_added": 0, "variants_added": 0, "cldr_same": 0, "cldr_dropped": 0}
    dropped = []

    for r in seeds:
        for form in [r["ar"]] + r["variants"]:
            # a variant may differ from its own row's ar only in what folding removes
            # (إيمانويل/ايمانويل): that is what the matcher has to cope with, so keep it
            other = owner.get(fold(form))
            if other is not None and other is not r:
                sys.exit(f"{SEEDS}: {form!r} clashes with row {other['ar']!r} (after folding)")
            owner[fold(form)] = r
        if r["en"] not in by_en:
            by_en[r["en"]] = r
        rows.append(r)
        stats["seed"] += 1

    for c in cldr:
        forms = [c["ar"]] + c["variants"]
        target = by_en.get(c["en"])
        k = fold(c["ar"])
        if k in owner and owner[k]["en"] != c["en"]:
            stats["cldr_dropped"] += 1
            dropped.append(f'{c["ar"]} → {c["en"]} ({c["note"]}): taken by '
                           f'{owner[k]["ar"]} → {owner[k]["en"]}')
            continue
        if target is None and k in owner:
            target = owner[k]
        if target is not None:
            # same English name: seed or earlier CLDR row wins; new spellings become variants
            added = False
            for form in forms:
                if fold(form) not in owner:
                    owner[fold(form)] = target
                    target["variants"].append(form)
                    stats["variants_added"] += 1
                    added = True
            if not added:
                stats["cldr_same"] += 1
            continue
        row = dict(c, variants=[])
        for form in c["variants"]:
            if fold(form) not in owner:
                row["variants"].append(form)
        for form in [row["ar"]] + row["variants"]:
            owner[fold(form)] = row
        by_en.setdefault(row["en"], row)
        rows.append(row)
        stats["cldr_added"] += 1
    return rows, stats, dropped


def check(rows):
    seen = {}
    for r in rows:
        if not r["ar"] or not r["en"]:
            sys.exit(f"empty ar/en in {r}")
        for form in [r["ar"]] + r["variants"]:
            if "|" in form or not form.strip():
                sys.exit(f"bad form {form!r}")
            k = fold(form)
            if k in seen and seen[k] != r["en"]:
                sys.exit(f"{form!r} maps to {seen[k]!r} and {r['en']!r}")
            seen[k] = r["en"]
    ars = [r["ar"] for r in rows]
    if len(ars) != len(set(ars)):
        sys.exit("duplicate ar")


def main():
    seeds = read_seeds()
    territories = cldr_territories()
    cities = cldr_cities()
    rows, stats, dropped = merge(seeds, territories + cities)
    check(rows)
    rows.sort(key=lambda r: (r["ar"], r["en"]))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r["ar"], r["en"], "|".join(r["variants"]), r["type"], r["note"]])
    os.replace(tmp, OUT)

    types = {}
    for r in rows:
        types[r["type"]] = types.get(r["type"], 0) + 1
    print(f"seed rows:                {stats['seed']}")
    print(f"CLDR candidates:          {len(territories)} territories, {len(cities)} cities")
    print(f"CLDR rows added:          {stats['cldr_added']}")
    print(f"CLDR spellings merged as variants: {stats['variants_added']}")
    print(f"CLDR entries already present:      {stats['cldr_same']}")
    print(f"CLDR entries dropped (clash):      {stats['cldr_dropped']}")
    for d in dropped:
        print(f"  dropped {d}")
    print("rows by type:             " + ", ".join(f"{t} {n}" for t, n in sorted(types.items())))
    print(f"wrote {len(rows)} rows to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
