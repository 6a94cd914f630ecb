#!/usr/bin/env bash
# Prints an .xlsx as LibreOffice would on paper: IN.xlsx → OUTDIR/IN.pdf → OUTDIR/IN-1.png, IN-2.png… (80 dpi).
# Uses a throw-away LibreOffice profile that recomputes formulas on load and replaces 宋体/黑体/仿宋/楷体
# with Noto CJK SC (scripts/lo/libreoffice.ts). Needs soffice and pdftoppm (scripts/install-test-deps.sh).
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 IN.xlsx OUTDIR" >&2
  exit 2
fi
in="$1"
outdir="$2"
[ -f "$in" ] || { echo "no such file: $in" >&2; exit 2; }
command -v soffice >/dev/null 2>&1 || { echo "soffice not found: run scripts/install-test-deps.sh" >&2; exit 3; }
command -v pdftoppm >/dev/null 2>&1 || { echo "pdftoppm not found: run scripts/install-test-deps.sh" >&2; exit 3; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$outdir"
profile="$(mktemp -d "${TMPDIR:-/tmp}/jxzp-lo-profile.XXXXXX")"
trap 'rm -rf "$profile"' EXIT
{ read -r profile_url; read -r fonts_conf; } < <("$root/node_modules/.bin/tsx" "$root/scripts/lo/cli.ts" profile "$profile")

FONTCONFIG_FILE="$fonts_conf" SAL_USE_VCLPLUGIN=svp soffice "-env:UserInstallation=$profile_url" \
  --headless --norestore --nolockcheck --calc --convert-to "pdf:calc_pdf_Export" --outdir "$outdir" "$in" >/dev/null

name="$(basename "${in%.*}")"
pdf="$outdir/$name.pdf"
[ -f "$pdf" ] || { echo "LibreOffice wrote no $pdf" >&2; exit 1; }
rm -f "$outdir/$name"-*.png
pdftoppm -png -r 80 "$pdf" "$outdir/$name"
echo "$pdf"
ls "$outdir/$name"-*.png
