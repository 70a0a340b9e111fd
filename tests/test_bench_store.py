"""The results store: upsert per key, validation, filters, env-var default path."""

import sqlite3

import pytest

from medlm.bench import store
from medlm.errors import MedlmError


def row(**kw):
    base = dict(
        model="medlm:runs/med-350m",
        model_kind="domain",
        params=350_000_000,
        train_tokens=7_000_000_000,
        train_flops=1.47e19,
        task="medqa_4options",
        split="test",
        setting="zero-shot",
        metric="acc",
        value=0.31,
        ci_low=0.28,
        ci_high=0.34,
        n=1273,
        harness="medlm-0.1.0",
        date="2026-12-01T00:00:00+00:00",
        contamination="clean",
        run_dir="bench/runs/x",
    )
    base.update(kw)
    return base


def test_record_is_idempotent_upsert_per_key(tmp_path):
    db = tmp_path / "r.sqlite"
    assert store.record(db, [row(), row(metric="acc_norm", value=0.33, ci_low=0.3, ci_high=0.36)]) == 2
    store.record(db, [row(value=0.32, ci_low=0.29, ci_high=0.35, date="2026-12-02")])  # same key: replaced
    rows = store.query(db)
    assert len(rows) == 2
    acc = [r for r in rows if r["metric"] == "acc"][0]
    assert acc["value"] == pytest.approx(0.32) and acc["date"] == "2026-12-02"
    assert acc["params"] == 350_000_000 and acc["contamination"] == "clean"
    # another harness or setting is a different result, kept side by side
    store.record(db, [row(harness="lm-eval-0.4.13"), row(setting="5-shot")])
    assert len(store.query(db, metric="acc")) == 3


def test_query_filters_and_orders_best_first(tmp_path):
    db = tmp_path / "r.sqlite"
    store.record(
        db,
        [
            row(model="a", value=0.2, ci_low=None, ci_high=None),
            row(model="b", value=0.5, ci_low=None, ci_high=None, model_kind="general"),
            row(model="a", task="pubmedqa", value=0.6, ci_low=None, ci_high=None),
            row(model="a", task="bpb", metric="bits_per_byte", value=1.1, ci_low=None, ci_high=None),
            row(model="b", task="bpb", metric="bits_per_byte", value=0.9, ci_low=None, ci_high=None),
        ],
    )
    assert [r["model"] for r in store.query(db, task="medqa_4options")] == ["b", "a"]
    assert [r["model"] for r in store.query(db, metric="bits_per_byte")] == ["b", "a"]  # lower is better
    assert {r["task"] for r in store.query(db, model="a", task=["pubmedqa", "bpb"])} == {"pubmedqa", "bpb"}
    assert [r["model"] for r in store.query(db, model_kind="general", task="medqa_4options")] == ["b"]
    assert store.query(tmp_path / "absent.sqlite") == []


@pytest.mark.parametrize(
    "bad, message",
    [
        (dict(metric="f1"), "metric must be one of"),
        (dict(model_kind="medical"), "model_kind must be one of"),
        (dict(contamination="maybe"), "contamination must be one of"),
        (dict(value=0.9), "outside its CI"),
        (dict(task=None), "missing ['task']"),
        (dict(colour="red"), "unknown result fields"),
        (dict(value="high"), "value must be a number"),
    ],
)
def test_bad_rows_are_rejected_and_nothing_is_written(tmp_path, bad, message):
    db = tmp_path / "r.sqlite"
    with pytest.raises(MedlmError, match=message.replace("[", r"\[").replace("]", r"\]")):
        store.record(db, [row(model="good"), row(**bad)])
    assert store.query(db) == []  # validated before writing: the good row was not written either


def test_missing_contamination_means_unknown(tmp_path):
    db = tmp_path / "r.sqlite"
    store.record(db, [row(contamination=None)])
    assert store.query(db)[0]["contamination"] == "unknown"


def test_default_path_comes_from_env(tmp_path, monkeypatch):
    monkeypatch.setenv(store.DB_ENV, str(tmp_path / "env.sqlite"))
    store.record(None, [row()])
    assert (tmp_path / "env.sqlite").is_file()
    monkeypatch.delenv(store.DB_ENV)
    monkeypatch.chdir(tmp_path)
    assert store.resolve_db() == tmp_path.joinpath(store.DEFAULT_DB).relative_to(tmp_path)


def test_not_a_database_is_a_clear_error(tmp_path):
    db = tmp_path / "r.sqlite"
    db.write_text("this is not sqlite, just text " * 100)
    with pytest.raises(MedlmError, match="not a SQLite results database"):
        store.query(db)


def test_delete(tmp_path):
    db = tmp_path / "r.sqlite"
    store.record(db, [row(), row(task="pubmedqa")])
    assert store.delete(db, model="medlm:runs/med-350m", task="pubmedqa") == 1
    assert [r["task"] for r in store.query(db)] == ["medqa_4options"]
    with sqlite3.connect(db) as con:  # the file is plain SQLite anyone can open
        assert con.execute("SELECT count(*) FROM results").fetchone()[0] == 1
