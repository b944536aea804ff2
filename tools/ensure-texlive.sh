#!/usr/bin/env bash
# Finds pdflatex (and pdftoppm), installing TeX Live and poppler from Debian's packages when missing.
# The LaTeX compile tests call this, so `dotnet test` needs no manual set-up. Prints the pdflatex path.
# Commands alone are not enough: a machine can have pdflatex without the LaTeX packages the writers'
# preamble needs (lmodern comes only with its own Debian package), so those are checked too.
set -euo pipefail
needed_files="lmodern.sty t1lmr.fd amssymb.sty amsmath.sty textcomp.sty hyperref.sty microtype.sty glyphtounicode.tex"
missing=0
for tool in pdflatex lualatex pdftoppm pdftotext kpsewhich; do
  command -v "$tool" >/dev/null 2>&1 || missing=1
done
if [ "$missing" = 0 ]; then
  for file in $needed_files; do
    kpsewhich "$file" >/dev/null 2>&1 || missing=1
  done
fi
if [ "$missing" = 1 ]; then
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "pdflatex or a LaTeX package it needs is missing and cannot be installed here (need root and apt-get)" >&2
    exit 3
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Other builds on the machine may hold the dpkg lock: wait for it instead of failing at once.
  apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-luatex lmodern poppler-utils >&2
fi
command -v pdflatex
