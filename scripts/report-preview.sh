#!/usr/bin/env bash
# Renders a .docx to PDF with headless LibreOffice, then each page to PNG (60 dpi) with pdftoppm.
# Usage: scripts/report-preview.sh INPUT.docx OUTPUT_DIR
# Writes OUTPUT_DIR/<name>.pdf and OUTPUT_DIR/<name>-<page>.png. A private LibreOffice profile is used
# so that a running LibreOffice (or a parallel test) does not block the conversion.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 INPUT.docx OUTPUT_DIR" >&2
  exit 2
fi
input=$1
out=$2
mkdir -p "$out"
name=$(basename "${input%.*}")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$input" >/dev/null
pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name"
ls "$out"/"$name"*.png
