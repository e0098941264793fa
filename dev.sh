#!/usr/bin/env bash
# Set-up and entry points for a fresh Debian machine with Python 3.11 (run as root, or with
# fonts/poppler already installed). Every command installs what it needs first, idempotently.
#
#   bash dev.sh run     score the five seed reports and write their audit PDFs to out/
#   bash dev.sh test    run the test suite
#   bash dev.sh bench   run the benchmarks in bench/
set -euo pipefail
cd "$(dirname "$0")"
VENV=${CHECKER_VENV:-.venv}
PY=${PYTHON:-python3}

need_apt=()
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
# WeasyPrint subsets fonts with HarfBuzz when this library is installed (0.2 s for a CJK font;
# its fontTools fallback takes ~5 s per PDF and embeds more).
if command -v dpkg-query >/dev/null 2>&1 && ! dpkg-query -W -f='${Status}' libharfbuzz-subset0 2>/dev/null | grep -q "ok installed"; then
  need_apt+=(libharfbuzz-subset0)
fi
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null | head -n1)" ]; then
  need_apt+=(fontconfig fonts-noto-cjk)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "dev.sh: installing ${need_apt[*]} with apt-get" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  else
    echo "dev.sh: please install: ${need_apt[*]} (Debian packages)" >&2
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
stamp="$VENV/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e '.[dev]'
  touch "$stamp"
fi
# An editable install leaves checker's bytecode to the first import, and where
# PYTHONDONTWRITEBYTECODE is set (CI images often set it) every process would compile the
# package's sources again (~0.1 s of each run). Write it now; only stale files are rewritten.
"$VENV/bin/python" -m compileall -q checker >/dev/null || true

cmd=${1:-run}
shift || true
case "$cmd" in
  run)
    "$VENV/bin/checker" score seeds/*.txt "$@"
    "$VENV/bin/checker" audit seeds/*.txt -o out/ --force
    ;;
  test)
    "$VENV/bin/python" -m pytest -q "$@"
    ;;
  bench)
    "$VENV/bin/python" bench/bench_ratios.py "$@"
    "$VENV/bin/python" bench/bench_score.py
    "$VENV/bin/python" bench/bench_audit.py
    ;;
  *)
    echo "usage: bash dev.sh run|test|bench" >&2
    exit 64
    ;;
esac
