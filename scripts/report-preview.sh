#!/usr/bin/env bash
# Renders a .docx to PDF with headless LibreOffice, then each page to PNG (60 dpi) with pdftoppm.
# Usage: scripts/report-preview.sh INPUT.docx OUTPUT_DIR
# Writes OUTPUT_DIR/<name>.pdf and OUTPUT_DIR/<name>-<page>.png. Uses the same throw-away LibreOffice
# profile as print-preview.sh (scripts/lo/libreoffice.ts), whose fontconfig maps 仿宋_GB2312, 楷体_GB2312,
# 黑体 and 方正小标宋简体 to Noto CJK SC, so a parallel run never blocks and the Chinese faces stay Chinese.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 INPUT.docx OUTPUT_DIR" >&2
  exit 2
fi
input=$1
out=$2
[ -f "$input" ] || { echo "no such file: $input" >&2; exit 2; }
command -v soffice >/dev/null 2>&1 || { echo "soffice not found: run scripts/install-test-deps.sh" >&2; exit 3; }
command -v pdftoppm >/dev/null 2>&1 || { echo "pdftoppm not found: run scripts/install-test-deps.sh" >&2; exit 3; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$out"
name=$(basename "${input%.*}")
profile="$(mktemp -d "${TMPDIR:-/tmp}/jxzp-lo-profile.XXXXXX")"
trap 'rm -rf "$profile"' EXIT
{ read -r profile_url; read -r fonts_conf; } < <("$root/node_modules/.bin/tsx" "$root/scripts/lo/cli.ts" profile "$profile")
FONTCONFIG_FILE="$fonts_conf" SAL_USE_VCLPLUGIN=svp soffice "-env:UserInstallation=$profile_url" \
  --headless --norestore --nolockcheck --convert-to pdf --outdir "$out" "$input" >/dev/null
pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name"
ls "$out"/"$name"*.png
