"""medlm's scoring models as an lm-evaluation-harness model: `--model medlm`.

    python -m medlm.bench.lm_eval_cli --model medlm --model_args run=runs/med-350m --tasks medqa_4options
    python -m medlm.bench.lm_eval_cli --model medlm --model_args spec=gguf:SmolLM2.gguf \
        --include_path benchmarks/lm_eval_tasks --tasks medlm_multimedqa --metadata '{"data_dir": "~/medqa-data"}'

Importing this module registers the class under the name "medlm" in lm-eval's model registry
(lm-eval 0.4.13 has no plugin entry points, so a bare `lm_eval --model medlm` cannot find it; the
`medlm.bench.lm_eval_cli` drop-in registers it and then runs lm-eval's own command line).

model_args: `run=RUN_DIR` (a medlm run: medlm:RUN_DIR) or `spec=medlm:...|hf:...|gguf:...|openai:URL#MODEL`,
plus backend options: device, dtype, batch_size, max_length, add_bos, kind, name, prompt_prefix,
api_key_env. `loglikelihood` and `loglikelihood_rolling` map 1:1 onto medlm's backends (which
follow lm-eval's semantics); `generate_until` is not supported (medlm scores, it does not generate).
"""

from __future__ import annotations

from typing import Any

from lm_eval.api.model import LM
from lm_eval.api.registry import model_registry, register_model

from medlm.errors import MedlmError


class MedlmLM(LM):
    """An lm-eval LM backed by a medlm ScoringModel (medlm.bench.models)."""

    def __init__(self, run: str | None = None, spec: str | None = None, scoring_model: Any = None, **options: Any):
        super().__init__()
        if scoring_model is None:
            if bool(run) == bool(spec):
                raise MedlmError("--model medlm needs exactly one of model_args run=RUN_DIR or spec=KIND:TARGET")
            from medlm.bench.models import load_scoring_model

            spec = spec or f"medlm:{run}"
            options = {k: v for k, v in options.items() if k not in _LM_EVAL_EXTRAS}
            if isinstance(options.get("batch_size"), str):  # lm-eval passes "auto" / "8"
                options["batch_size"] = int(options["batch_size"]) if options["batch_size"].isdigit() else None
            if str(options.get("device", "")).startswith("cuda") and not _cuda_available():
                options["device"] = "cpu"  # lm-eval's CLI always passes its default cuda:0; its hf model falls back too
            scoring_model = load_scoring_model(spec, **{k: v for k, v in options.items() if v is not None})
        self.scoring_model = scoring_model

    def loglikelihood(self, requests, disable_tqdm: bool = False) -> list[tuple[float, bool]]:
        return self._in_chunks("loglikelihood", requests, lambda reqs: self.scoring_model.loglikelihood(
            [tuple(r.args) for r in reqs]))

    def loglikelihood_rolling(self, requests, disable_tqdm: bool = False) -> list[float]:
        return self._in_chunks("loglikelihood_rolling", requests, lambda reqs: self.scoring_model.loglikelihood_rolling(
            [r.args[0] for r in reqs]))

    def _in_chunks(self, method: str, requests, score) -> list:
        """Score in chunks, handing each result to lm-eval's cache hook as it comes: with `use_cache`
        (medlm bench --engine lm-eval always sets it) an interrupted run resumes from the finished chunks."""
        from medlm.progress import progress

        out: list = []
        bar = progress(stage=f"lm-eval {method}", total=len(requests), unit="req", disable=len(requests) < CHUNK)
        for i in range(0, len(requests), CHUNK):
            chunk = requests[i : i + CHUNK]
            results = score(chunk)
            for req, res in zip(chunk, results):
                self.cache_hook.add_partial(method, req.args, res)
            out.extend(results)
            bar.update(len(chunk))
        bar.close()
        return out

    def generate_until(self, requests, disable_tqdm: bool = False):
        raise NotImplementedError(
            "medlm's lm-eval model scores log-likelihoods only (multiple-choice and perplexity tasks); for "
            "generative tasks export the run (`medlm export --to hf`) and use lm-eval's hf model"
        )

    @property
    def tokenizer_name(self) -> str:  # lm-eval's request cache keys on this
        return str(getattr(self.scoring_model, "name", "medlm"))


def _cuda_available() -> bool:
    import torch

    return torch.cuda.is_available()


CHUNK = 256  # requests per scoring call: the unit of progress and of resumption

# lm-eval's CLI passes these to every model; medlm's backends size their own batches and devices
_LM_EVAL_EXTRAS = ("max_batch_size",)

if "medlm" not in model_registry:
    register_model("medlm")(MedlmLM)
