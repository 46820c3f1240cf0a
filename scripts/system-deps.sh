#!/bin/sh
# System packages WeasyPrint and the tests need: Pango (text layout), HarfBuzz's subsetter
# (fast, reproducible font subsets), the Noto fonts the documents use (Latin, Cyrillic,
# Hebrew) and poppler-utils (pdftotext/pdffonts, used by the tests). Installs the missing
# ones with apt-get when it can; otherwise says in one line what to install. git-lfs is
# optional (only `make lfs-setup` and its tests use it; they are skipped without it): it
# is installed where apt-get can, and its absence never stops a build.
set -u
missing=""
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have_lib libpango-1.0.so.0 || missing="$missing libpango-1.0-0 libpangoft2-1.0-0"
have_lib libharfbuzz-subset.so.0 || missing="$missing libharfbuzz-subset0"
[ -f /usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf ] && \
  [ -f /usr/share/fonts/truetype/noto/NotoSerifHebrew-Regular.ttf ] || missing="$missing fonts-noto-core"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
if ! command -v git-lfs >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends git-lfs || \
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends git-lfs; }; } \
    >/dev/null 2>&1 || echo "git-lfs not installed (optional: the Git LFS tests are skipped)" >&2
fi
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing; } >/dev/null 2>&1 && exit 0
  echo "apt-get could not install:$missing" >&2
  exit 1
fi
echo "missing system packages; run: sudo apt-get install$missing" >&2
exit 1
