#!/usr/bin/env bash
# The Debian packages the tests use, installed when missing (the test command runs this first, so
# that it passes on a fresh Debian machine as root). One line per package: the command that shows
# it is there, and the package that provides it.
#   cmark-gfm  — an independent GFM renderer the report tests check our Markdown with
#   xmllint    — (libxml2-utils) checks Akoma Ntoso against its official schema: `bluedraft validate
#                FILE.xml` and the tests of `render --format akn`
#   chromium   — the workbench's browser tests (`bluedraft serve`, driven by playwright-core) and
#                the HTML reports' print test
#   pandoc     — an independent reader of the Word files bluedraft writes (accept/reject tracked
#                changes) and a maker of Word files not made by bluedraft, for import tests
#   soffice    — (libreoffice-writer-nogui) opens every Word file bluedraft writes, headless, and
#                makes Word files with tracked changes and comments for import tests
#   pdftotext  — (poppler-utils) a peer extractor for the PDF import tests and bench
set -euo pipefail
missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need cmark-gfm cmark-gfm
need xmllint libxml2-utils
need chromium chromium
need pandoc pandoc
need soffice libreoffice-writer-nogui
need pdftotext poppler-utils
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing Debian packages: ${missing[*]} — install them (as root: apt-get install ${missing[*]}) and run again" >&2
    exit 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
