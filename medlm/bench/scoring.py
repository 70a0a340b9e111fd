"""Scoring one task with one model: questions -> loglikelihood requests -> per-question predictions.

Predictions are appended to a JSONL file after every chunk of questions (one line per question:
id, choice log-likelihoods, pred, pred_norm, gold), so an interrupted run loses at most one chunk and
`--resume` continues from the lines already written.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Iterator

from medlm.bench.data import Item
from medlm.bench.metrics import predict
from medlm.bench.models import ScoringModel
from medlm.bench.tasks import Task, requests_for, select_fewshot
from medlm.errors import MedlmError


def read_predictions(path: Path) -> list[dict]:
    """Saved predictions; a torn last line (killed mid-write) is dropped, anything else wrong is an error."""
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            if n == len(lines):
                break  # torn final line: that question is scored again
            raise MedlmError(f"{path}:{n}: corrupt prediction line; delete the file to start this task over") from None
    return out


def _chunks(items: list[Item], size: int) -> Iterator[list[Item]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def score_task(model: ScoringModel, task: Task, items: list[Item], predictions_path: Path, *,
               fewshot_pool: list[Item] | None = None, num_fewshot: int = 0, seed: int = 1234,
               chunk_questions: int = 64, resume: bool = False) -> tuple[list[dict], dict]:
    """All questions' predictions (saved ones first when resuming) and timing facts for this call."""
    done: list[dict] = read_predictions(predictions_path) if resume else []
    if not resume and predictions_path.exists():
        predictions_path.unlink()
    by_id = {str(p["id"]) for p in done}
    todo = [it for it in items if it.id not in by_id]
    if len(by_id) > len(items) or any(str(p["id"]) not in {it.id for it in items} for p in done[:50]):
        raise MedlmError(f"{predictions_path}: saved predictions are for other questions than this task/split; "
                         "use another --out or delete the file")
    if done and todo:
        from medlm.progress import say

        say("bench", f"{task.name}: resuming, {len(done)} questions already scored, {len(todo)} to go")
    predictions_path.parent.mkdir(parents=True, exist_ok=True)
    if done:
        _repair_torn_tail(predictions_path)
    t0 = time.perf_counter()
    with open(predictions_path, "a", encoding="utf-8") as f:
        for chunk in _chunks(todo, chunk_questions):
            requests, spans = [], []
            for it in chunk:
                shots = select_fewshot(task, it, fewshot_pool or [], num_fewshot, seed)
                context, conts = requests_for(task, it, shots)
                spans.append((len(requests), len(conts)))
                requests += [(context, c) for c in conts]
            results = model.loglikelihood(requests)
            for it, (start, n) in zip(chunk, spans):
                lls = [ll for ll, _ in results[start:start + n]]
                pred, pred_norm = predict(lls, list(task.choices))
                rec = {"id": it.id, "gold": it.answer, "pred": pred, "pred_norm": pred_norm,
                       "logprobs": [round(x, 6) for x in lls],
                       "greedy": [g for _, g in results[start:start + n]]}
                f.write(json.dumps(rec) + "\n")
                done.append(rec)
            f.flush()
    elapsed = time.perf_counter() - t0
    order = {it.id: i for i, it in enumerate(items)}
    done.sort(key=lambda p: order[str(p["id"])])
    return done, {"scored_now": len(todo), "seconds": elapsed}


def _repair_torn_tail(path: Path) -> None:
    """Cut a torn final line so appended records start on a fresh line."""
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        path.write_bytes(data[: data.rfind(b"\n") + 1])
