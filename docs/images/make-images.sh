#!/usr/bin/env bash
# Remakes the pictures of the report under docs/images/: every page of bao-cao.docx as LibreOffice lays it out, for
#   bao-cao-N.png         the fixtures (Hải Dương's 12 districts, with the province's own text and seed 003's sorting);
#   bao-cao-tinh-N.png    a province folder as clerks receive one: a district missing (Thanh Hà), a blank form
#                         (Kinh Môn), two differing versions of one district (Gia Lộc), an identical copy (Tứ Kỳ).
# Needs the built tool (npm run build), LibreOffice (soffice) and poppler-utils (pdftoppm):
#   apt-get install -y --no-install-recommends libreoffice-writer poppler-utils fonts-liberation
# Run from the repository's root: docs/images/make-images.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
IMAGES=docs/images
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cnscd() { node bin/cnscd.js "$@"; }

# pages DOCX PREFIX: each page of DOCX as $IMAGES/PREFIX-N.png (75 dpi: a page is readable, the files stay small).
pages() {
  local docx=$1 prefix=$2
  rm -f "$IMAGES/$prefix"-*.png
  soffice --headless --convert-to pdf --outdir "$(dirname "$docx")" "$docx" >/dev/null
  pdftoppm -png -r 75 "${docx%.docx}.pdf" "$IMAGES/$prefix"
  # pdftoppm pads page numbers to the same width (-01, -02 …); keep them so, they sort as the pages do.
}

cnscd aggregate fixtures/hai-duong-2023 --roster fixtures/hai-duong-don-vi.json --out "$WORK/fixtures" >/dev/null
pages "$WORK/fixtures/bao-cao.docx" bao-cao

# The province folder: the same districts and the same settings, with the four things a clerk meets.
FOLDER="$WORK/tinh"
cp -r fixtures/hai-duong-2023 "$FOLDER"
rm "$FOLDER/thanh-ha.xlsx"                                            # missing
rm "$FOLDER/kinh-mon.xlsx"                                            # sent back blank
cnscd template --unit "Thị xã Kinh Môn" --period "6 tháng đầu năm 2023" --out "$FOLDER/kinh-mon.xlsx" >/dev/null
sed 's/,438\r$/,4.380\r/' "$FOLDER/gia-loc-1258.csv" >"$FOLDER/gia-loc-ban-sua.csv" # two versions that differ
cp "$FOLDER/Tu Ky.xlsx" "$FOLDER/Tu Ky (1).xlsx"                        # an identical copy
cnscd aggregate "$FOLDER" --roster fixtures/hai-duong-don-vi.json --out "$WORK/tinh-out" >/dev/null || true
pages "$WORK/tinh-out/bao-cao.docx" bao-cao-tinh
ls "$IMAGES"/bao-cao-*.png
