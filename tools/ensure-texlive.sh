#!/usr/bin/env bash
# Finds pdflatex (and pdftoppm), installing TeX Live and poppler from Debian's packages when missing.
# The LaTeX compile tests call this, so `dotnet test` needs no manual set-up. Prints the pdflatex path.
set -euo pipefail
if ! command -v pdflatex >/dev/null 2>&1 || ! command -v lualatex >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "pdflatex not found and cannot install it here (need root and apt-get)" >&2
    exit 3
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends \
    texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-luatex poppler-utils >&2
fi
command -v pdflatex
