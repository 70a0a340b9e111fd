"""The span collection every finder writes into, and the capitalised-token scanner they share."""

from __future__ import annotations

import re


class _Spans:
    """Candidate spans; overlaps resolved by priority, then length."""

    def __init__(self):
        self.items: list[tuple[int, int, int, str]] = []  # (priority, start, end, type)

    def add(self, start: int, end: int, typ: str, priority: int) -> None:
        if end > start:
            self.items.append((priority, start, end, typ))

    def resolve(self, n: int) -> list[tuple[int, int, str]]:
        taken = bytearray(n)
        chosen = []
        for pri, s, e, t in sorted(self.items, key=lambda x: (-x[0], -(x[2] - x[1]), x[1])):
            if any(taken[s:e]):
                continue
            taken[s:e] = b"\x01" * (e - s)
            chosen.append((s, e, t))
        chosen.sort()
        return chosen


def _first_group(m: re.Match) -> int:
    """Index of the first group that took part in the match."""
    return next((i for i in range(1, (m.lastindex or 0) + 1) if m.group(i)), 1)


def _cap_tokens(text: str, toks: list[str]):
    """(start, end, token) of each capitalised word toks = CAP_TOKEN.findall(text); findall + str.find is ~3x
    cheaper than match objects (a token starts at the first capital after the previous token, so find cannot
    land inside another word)."""
    find, pos = text.find, 0
    for tok in toks:
        pos = find(tok, pos)
        yield pos, pos + len(tok), tok
        pos += len(tok)


CSV_CELL = {d: re.compile(rf'[ \t]*(?:"((?:[^"\n]|"")*)"|([^{d}\n]*))[ \t]*(?:{d}|$)') for d in ",;"}  # quotes as in RFC 4180


def _row_cells(text: str, pos: int, end: int, d: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's value in one row, quotes and spaces left out."""
    if d not in CSV_CELL:
        line = text[pos:end]
        lead = len(line) - len(line.lstrip(" \t|")) if line.lstrip().startswith("|") else 0
        body_end = end - (len(line) - len(line.rstrip(" \t|")) if line.rstrip().endswith("|") else 0)
        cells, s = [], pos + lead
        for piece in text[s:body_end].split(d):
            a = s + len(piece) - len(piece.lstrip())
            cells.append((a, max(a, s + len(piece.rstrip()))))
            s += len(piece) + 1
        return cells
    cells, s = [], pos
    while True:
        c = CSV_CELL[d].match(text, s, end)
        if not c:
            return []
        g = 1 if c.group(1) is not None else 2
        a, b = c.span(g)
        cells.append((a, a + len(text[a:b].rstrip())))
        if c.end() >= end and text[c.end() - 1:c.end()] != d:
            return cells
        if c.end() == end:  # a trailing comma: one more, empty cell
            cells.append((end, end))
            return cells
        s = c.end()
