"""Headless Chromium for the tests that check HTML pages render (corpus report, leaderboard, findings page)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium not installed (apt-get install chromium): HTML rendering not checked"
)


def chromium(profile: Path, *args: str, check: bool = False, timeout: int = 120) -> subprocess.CompletedProcess:
    """Run headless Chromium with a fresh profile and no background networking (this machine's network is
    closed: without those flags Chromium keeps retrying connections)."""
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--enable-logging=stderr", "--v=0"]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=timeout, check=check)
