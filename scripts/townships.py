"""Write rules/townships.tsv, the township-level divisions (镇, 乡, 街道, 苏木) and the counties they lie in.

The source is the National Bureau of Statistics' division codes for statistics (统计用区划代码, as of 2022-10-31),
as the Administrative-divisions-of-China repository (github.com/modood/Administrative-divisions-of-China,
dist/streets.csv: code, name, areaCode, provinceCode, cityCode) publishes them. Usage:

    python scripts/townships.py path/to/streets.csv > rules/townships.tsv
"""
from __future__ import annotations

import csv
import re
import sys

TOWNSHIP = re.compile(r"(镇|乡|街道|苏木)$")
HEADER = """# Township-level divisions and the county-level division each lies in (name, six-digit county codes).
# Source: 国家统计局 统计用区划代码 (as of 2022-10-31), as published in dist/streets.csv of
# github.com/modood/Administrative-divisions-of-China; written by scripts/townships.py. A name shared by
# several townships lists every county it lies in.
"""


def main(path: str) -> None:
    counties: dict[str, list[str]] = {}
    with open(path, encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            name, county = row["name"].strip(), row["areaCode"].strip()
            if TOWNSHIP.search(name) and county not in counties.setdefault(name, []):
                counties[name].append(county)
    sys.stdout.write(HEADER)
    for name in sorted(counties):
        sys.stdout.write(f"{name}\t{','.join(sorted(counties[name]))}\n")


if __name__ == "__main__":
    main(sys.argv[1])
