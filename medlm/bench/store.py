"""The results store: every benchmark result medlm measures, in one local SQLite file.

One row per (model, task, split, setting, metric, harness) — re-running the same benchmark
replaces its row (idempotent upsert), a different harness version or setting adds a new one.
A row records what a reader needs to trust and compare the number: the model's kind
(domain / general), size, training tokens and FLOPs when known, the split and setting
(e.g. "zero-shot", "5-shot"), the metric with its bootstrap 95% CI and question count, the
harness that produced it (e.g. "medlm-0.1.0", "lm-eval-0.4.13"), the date, whether the model's
training corpus was decontaminated against the task, and the run directory holding the
per-question predictions.

Where the database lives: the `db` argument if given, else `$MEDLM_BENCH_DB`, else
`DEFAULT_DB` (bench/results.sqlite under the current directory).

Published ("reported") numbers are never stored here: they live in benchmarks/reference/*.yaml
and the leaderboard shows them apart (see medlm.bench.leaderboard).
"""

from __future__ import annotations

import math
import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any, Iterable

from medlm.errors import MedlmError

DEFAULT_DB = "bench/results.sqlite"
DB_ENV = "MEDLM_BENCH_DB"
SCHEMA_VERSION = 1

MODEL_KINDS = ("domain", "general")
METRICS = ("acc", "acc_norm", "bits_per_byte")
CONTAMINATION = ("clean", "contaminated", "unknown")
KEY = ("model", "task", "split", "setting", "metric", "harness")

# column -> SQL type; order is the table's column order
COLUMNS: dict[str, str] = {
    "model": "TEXT NOT NULL",
    "model_kind": "TEXT NOT NULL",
    "params": "INTEGER",
    "train_tokens": "INTEGER",
    "train_flops": "REAL",
    "task": "TEXT NOT NULL",
    "split": "TEXT NOT NULL",
    "setting": "TEXT NOT NULL",
    "metric": "TEXT NOT NULL",
    "value": "REAL NOT NULL",
    "ci_low": "REAL",
    "ci_high": "REAL",
    "n": "INTEGER",
    "harness": "TEXT NOT NULL",
    "date": "TEXT NOT NULL",
    "contamination": "TEXT NOT NULL",
    "run_dir": "TEXT",
}
REQUIRED = ("model", "model_kind", "task", "split", "setting", "metric", "value", "harness", "date")


def resolve_db(db: str | Path | None = None) -> Path:
    """The database path: `db`, else $MEDLM_BENCH_DB, else DEFAULT_DB."""
    return Path(db or os.environ.get(DB_ENV) or DEFAULT_DB)


def _connect(db_path: Path) -> sqlite3.Connection:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = sqlite3.connect(str(db_path), timeout=60)
    except sqlite3.Error as e:
        raise MedlmError(f"{db_path}: cannot open the results database ({e}); check the path or set --db") from None
    con.row_factory = sqlite3.Row
    try:
        _ensure_schema(con, db_path)
    except BaseException:
        con.close()
        raise
    return con


def _ensure_schema(con: sqlite3.Connection, db_path: Path) -> None:
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise MedlmError(f"{db_path}: not a SQLite results database ({e}); point --db at another file") from None
    if version > SCHEMA_VERSION:
        raise MedlmError(
            f"{db_path}: results database schema v{version} is newer than this medlm understands "
            f"(v{SCHEMA_VERSION}); upgrade medlm"
        )
    cols = ",\n  ".join(f"{name} {sql}" for name, sql in COLUMNS.items())
    with con:
        con.execute(f"CREATE TABLE IF NOT EXISTS results (\n  {cols},\n  PRIMARY KEY ({', '.join(KEY)})\n)")
        existing = {r[1] for r in con.execute("PRAGMA table_info(results)")}
        if "model" in existing and not set(COLUMNS) <= existing:
            missing = sorted(set(COLUMNS) - existing)
            raise MedlmError(f"{db_path}: table 'results' lacks columns {missing}; not a medlm results database")
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def validate_row(row: dict[str, Any], where: str = "row") -> dict[str, Any]:
    """A clean copy of `row` with exactly the store's columns, or MedlmError naming what is wrong."""
    unknown = sorted(set(row) - set(COLUMNS))
    if unknown:
        raise MedlmError(f"{where}: unknown result fields {unknown} (known: {', '.join(COLUMNS)})")
    missing = [k for k in REQUIRED if row.get(k) in (None, "")]
    if missing:
        raise MedlmError(f"{where}: result is missing {missing}")
    out = {k: row.get(k) for k in COLUMNS}
    if out["model_kind"] not in MODEL_KINDS:
        raise MedlmError(f"{where}: model_kind must be one of {MODEL_KINDS}, got {out['model_kind']!r}")
    if out["metric"] not in METRICS:
        raise MedlmError(f"{where}: metric must be one of {METRICS}, got {out['metric']!r}")
    out["contamination"] = out["contamination"] or "unknown"
    if out["contamination"] not in CONTAMINATION:
        raise MedlmError(f"{where}: contamination must be one of {CONTAMINATION}, got {out['contamination']!r}")
    for k in ("value", "ci_low", "ci_high", "train_flops"):
        if out[k] is not None:
            try:
                out[k] = float(out[k])
            except (TypeError, ValueError):
                raise MedlmError(f"{where}: {k} must be a number, got {out[k]!r}") from None
            if math.isnan(out[k]):
                raise MedlmError(f"{where}: {k} is NaN")
    for k in ("params", "train_tokens", "n"):
        if out[k] is not None:
            out[k] = int(out[k])
    if out["ci_low"] is not None and out["ci_high"] is not None and not out["ci_low"] <= out["value"] <= out["ci_high"]:
        raise MedlmError(f"{where}: value {out['value']} lies outside its CI [{out['ci_low']}, {out['ci_high']}]")
    for k in ("model", "task", "split", "setting", "harness", "date", "run_dir"):
        if out[k] is not None:
            out[k] = str(out[k])
    return out


def record(db_path: str | Path | None, rows: Iterable[dict[str, Any]]) -> int:
    """Insert or replace `rows` (one per model/task/split/setting/metric/harness); returns how many.

    All rows are validated before anything is written, and written in one transaction.
    """
    db = resolve_db(db_path)
    clean = [validate_row(r, where=f"result {i} ({r.get('model')}/{r.get('task')})") for i, r in enumerate(rows)]
    if not clean:
        return 0
    names = list(COLUMNS)
    sql = (
        f"INSERT INTO results ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
        f"ON CONFLICT ({', '.join(KEY)}) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in names if c not in KEY)
    )
    with closing(_connect(db)) as con, con:
        con.executemany(sql, [tuple(r[c] for c in names) for r in clean])
    return len(clean)


def query(
    db_path: str | Path | None = None,
    *,
    model: str | None = None,
    task: str | Iterable[str] | None = None,
    metric: str | Iterable[str] | None = None,
    split: str | None = None,
    setting: str | None = None,
    harness: str | None = None,
    model_kind: str | None = None,
) -> list[dict[str, Any]]:
    """Stored rows matching every given filter (a str or a list of allowed values), as dicts.

    Ordered by task, metric, value (best first). A database that does not exist yet has no rows.
    """
    db = resolve_db(db_path)
    if not db.exists():
        return []
    where, args = [], []
    for col, val in (
        ("model", model),
        ("task", task),
        ("metric", metric),
        ("split", split),
        ("setting", setting),
        ("harness", harness),
        ("model_kind", model_kind),
    ):
        if val is None:
            continue
        vals = [val] if isinstance(val, str) else list(val)
        where.append(f"{col} IN ({', '.join('?' * len(vals))})")
        args.extend(vals)
    sql = "SELECT * FROM results" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY task, metric, CASE WHEN metric = 'bits_per_byte' THEN value ELSE -value END, model"
    with closing(_connect(db)) as con:
        return [dict(r) for r in con.execute(sql, args)]


def delete(db_path: str | Path | None, *, model: str, task: str | None = None) -> int:
    """Remove a model's rows (optionally for one task); returns how many were removed."""
    db = resolve_db(db_path)
    if not db.exists():
        return 0
    sql, args = "DELETE FROM results WHERE model = ?", [model]
    if task is not None:
        sql += " AND task = ?"
        args.append(task)
    with closing(_connect(db)) as con, con:
        return con.execute(sql, args).rowcount
