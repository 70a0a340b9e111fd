#!/usr/bin/env bash
# One-step setup used by the README's commands and CI: a .venv in the repo with medlm and its extras.
#  - torch: the CPU wheel (torch==2.13.0, a local file on these machines) unless the venv already has
#    a torch; set MEDLM_TORCH to choose another spec (e.g. MEDLM_TORCH="torch" on a GPU node).
#  - scispacy is installed without its dependencies: it pins numpy<2, yet the parts medlm uses
#    (tokenizer, sentence splitting, AbbreviationDetector on a blank spaCy pipeline) work with numpy 2.
# Safe to run again: pip skips what is already installed.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
pip=(.venv/bin/python -m pip install -q --disable-pip-version-check)
if ! .venv/bin/python -c "import torch" 2>/dev/null; then
  "${pip[@]}" "${MEDLM_TORCH:-torch==2.13.0}"
fi
"${pip[@]}" -e ".[dev]"
.venv/bin/python -c "import scispacy" 2>/dev/null || "${pip[@]}" --no-deps "scispacy==0.6.2"
# Headless Chromium renders the HTML reports in the tests. Install Debian's package where we can (root with
# apt, as on CI machines); elsewhere those tests are skipped with a message saying so.
if ! command -v chromium >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  { apt-get install -y -q chromium || { apt-get update -q && apt-get install -y -q chromium; }; } >/dev/null 2>&1 \
    || echo "setup: could not install chromium; the report-rendering tests will be skipped"
fi
