"""`medlm train`: the training loop.

    train(cfg) -> TrainResult

One function for every case: from a preset, from an `--init` run dir (grown / exported / trained),
`--resume` after a crash, layer-wise `--progressive` growth, one process or many under torchrun
(DDP / FSDP2). The GPU path is built for speed: bf16 autocast, torch.compile, fused AdamW, SDPA
(Flash), pinned non-blocking host-to-device copies, and no host sync inside the loop — per-step
losses stay on the device and are read back once every `log_every` steps (then written as one
metrics line per step).
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from dataclasses import dataclass, replace
from pathlib import Path

import torch

from medlm.config import from_dict, to_dict
from medlm.errors import MedlmError
from medlm.manifest import manifest_hash, read_manifest
from medlm.model.config import ALIASES, PRESETS, ModelConfig, preset
from medlm.model.io import MODEL_STAGES, model_config_of, save_run
from medlm.model.llama import Transformer
from medlm.progress import progress, say
from medlm.train import checkpoint as ckpt
from medlm.train import distributed as dist_
from medlm.train.config import RESUME_MAY_CHANGE, TrainConfig, changed_fields
from medlm.train.data import BatchSource, open_split, val_batches
from medlm.train.flops import training_flops_per_token
from medlm.train.memory import check_fits
from medlm.train.metrics import MetricsLog, peak_flops, plot_loss
from medlm.train.optim import build_optimizer, lr_at
from medlm.train.progressive import Phase, add_blocks, phase_at, plan, set_trainable

STAGE = "train"
DEBUG_KILL_ENV = "MEDLM_DEBUG_SIGKILL_AT_STEP"  # tests: SIGKILL this process after that step


@dataclass
class TrainResult:
    run_dir: Path
    steps: int
    tokens: int
    flops: float  # cumulative training FLOPs of this run (an --init run counts from zero)
    final_val_loss: float | None


def train(cfg: TrainConfig) -> TrainResult | None:
    if cfg.list_presets:
        print_presets()
        return None
    d, device = dist_.setup(cfg.device)
    try:
        return _Run(cfg, d, device).run()
    finally:
        dist_.teardown()


def print_presets() -> None:
    alias_of = {v: k for k, v in ALIASES.items()}
    print(f"{'preset':<16} {'layers':>6} {'d_model':>7} {'heads':>5} {'params (32k vocab)':>19}")
    for name, shape in PRESETS.items():
        m = preset(name, vocab_size=32000)
        alias = f"  = {alias_of[name]}" if name in alias_of else ""
        print(f"{name:<16} {m.n_layers:>6} {m.d_model:>7} {m.n_heads:>5} {m.num_params() / 1e6:>17.1f}M{alias}")


# ---------------------------------------------------------------- resolving what to train


def resolve_resume(cfg: TrainConfig) -> tuple[TrainConfig, Path, dict]:
    """The original run's config (with allowed changes applied), its latest checkpoint and its state."""
    run_dir = Path(cfg.resume)
    if not run_dir.is_dir():
        raise MedlmError(f"--resume {run_dir}: no such run directory")
    ckpt.remove_partial(run_dir)
    latest = ckpt.latest_checkpoint(run_dir)
    state = ckpt.read_state(latest)
    saved = from_dict(TrainConfig, state["train_config"], where=f"{latest}/state.json")
    given = changed_fields(cfg)
    if given.get("out") and Path(given["out"]).resolve() != run_dir.resolve():
        raise MedlmError(f"--resume {run_dir} continues in that directory; drop --out {given['out']}")
    for key, value in given.items():
        if key in RESUME_MAY_CHANGE or key == "out":
            continue
        if to_dict(value) != to_dict(getattr(saved, key)):
            raise MedlmError(
                f"--resume {run_dir}: this run was trained with {key}={to_dict(getattr(saved, key))!r}, "
                f"but the command says {key}={to_dict(value)!r}; resume with the original settings or start a new --out"
            )
    allowed = {k: v for k, v in given.items() if k in RESUME_MAY_CHANGE and k not in ("resume", "out")}
    merged = replace(saved, **allowed, resume=str(run_dir), out=str(run_dir))
    return merged, latest, state


def resolve_model(cfg: TrainConfig, vocab_size: int, data_tokenizer: dict) -> tuple[ModelConfig, dict]:
    """Model config (from --init or the preset + overrides) and the --init manifest ({} without)."""
    if cfg.init:
        if cfg.preset:
            raise MedlmError("give either --init RUN (its model) or --preset, not both")
        init_manifest = read_manifest(cfg.init, MODEL_STAGES)
        mcfg = model_config_of(cfg.init)
        if cfg.model:
            mcfg = from_dict(ModelConfig, {**to_dict(mcfg), **cfg.model}, where="model overrides", prefix="model.")
        theirs, ours = init_manifest.get("tokenizer") or {}, data_tokenizer or {}
        if theirs.get("sha256") and ours.get("sha256") and theirs["sha256"] != ours["sha256"]:
            raise MedlmError(
                f"--init {cfg.init} was trained with another tokenizer (sha256 {theirs['sha256'][:12]}) than "
                f"{cfg.data} (sha256 {ours['sha256'][:12]}); tokenize the corpus with {cfg.init}/tokenizer"
            )
        if mcfg.vocab_size < vocab_size:
            raise MedlmError(f"--init {cfg.init} has a vocabulary of {mcfg.vocab_size}, smaller than the data's {vocab_size}")
        return mcfg, init_manifest
    if not cfg.preset:
        raise MedlmError("say what to train: --preset NAME (see --list-presets) or --init RUN")
    overrides = dict(cfg.model)
    if overrides.get("vocab_size", vocab_size) < vocab_size:
        raise MedlmError(f"model.vocab_size={overrides['vocab_size']} is smaller than the data's vocabulary ({vocab_size})")
    overrides.setdefault("vocab_size", vocab_size)
    import dataclasses

    valid = {f.name for f in dataclasses.fields(ModelConfig)}
    for key in overrides:
        if key not in valid:
            import difflib

            close = difflib.get_close_matches(key, valid, n=1)
            raise MedlmError(f"unknown setting 'model.{key}'" + (f"; did you mean 'model.{close[0]}'?" if close else "") + f" (valid: {', '.join(sorted(valid))})")
    try:
        return preset(cfg.preset, **overrides), {}
    except (ValueError, TypeError) as e:
        raise MedlmError(f"model settings: {e}") from None


# ---------------------------------------------------------------- the run


class _Run:
    def __init__(self, cfg: TrainConfig, d: dist_.Dist, device: torch.device):
        self.d, self.device = d, device
        self.resume_state: dict | None = None
        self.resume_ckpt: Path | None = None
        if cfg.resume:
            cfg, self.resume_ckpt, self.resume_state = resolve_resume(cfg)
        self.cfg = cfg
        if not cfg.data:
            raise MedlmError("--data TOKENS is required (a directory written by `medlm corpus tokenize`)")
        if not cfg.out:
            raise MedlmError("--out RUN is required (the run directory to write)")
        self.out = Path(cfg.out)
        if (self.out / "manifest.json").is_file() and not cfg.resume:
            stage = read_manifest(self.out).get("stage")
            if stage != STAGE:
                raise MedlmError(f"{self.out} holds the output of `{stage}`; choose a new --out for the run")
        if not cfg.resume and ckpt.list_checkpoints(self.out):
            raise MedlmError(f"{self.out} already holds checkpoints: continue it with --resume {self.out}, or choose a new --out")
        if cfg.max_steps == 0 and cfg.max_flops == 0:
            raise MedlmError("the run has no end: set --max-steps or --max-flops")

    # -- setup

    def run(self) -> TrainResult:
        cfg, d = self.cfg, self.d
        self.train_stream = open_split(cfg.data, "train")
        self.data_manifest = self.train_stream.shards.manifest
        self.val_stream = None
        if cfg.eval_every >= 0:
            try:
                self.val_stream = open_split(cfg.data, "val")
            except MedlmError as e:
                raise MedlmError(f"{e}; or train without validation: --eval-every -1") from None
        vocab = self.train_stream.shards.vocab_size
        if self.resume_state:  # the checkpoint says what the model is: the --init dir is no longer needed
            self.mcfg = from_dict(ModelConfig, self.resume_state["model"], where=f"{self.resume_ckpt}/state.json", prefix="model.")
            self.init_manifest = {"trainable": self.resume_state.get("init_trainable")}
        else:
            self.mcfg, self.init_manifest = resolve_model(cfg, vocab, self.data_manifest.get("tokenizer", {}))
        self.seq_len = cfg.seq_len or self.mcfg.max_seq_len
        self.mcfg = replace(self.mcfg, max_seq_len=max(self.mcfg.max_seq_len, self.seq_len))
        if self.mcfg.freeze_embedding and self.mcfg.tie_embeddings:
            self.mcfg = replace(self.mcfg, tie_embeddings=False)
            if d.is_main:
                say(STAGE, "freeze_embedding with tied embeddings: untying them (the LM head starts as a copy of the embedding and trains)")
        if cfg.progressive and cfg.init:
            raise MedlmError("--progressive grows from scratch; it cannot start from --init (grow the run with `medlm grow` instead)")
        if cfg.progressive and cfg.distributed == "fsdp" and d.enabled:
            raise MedlmError("--progressive re-wraps the model when it grows; use --distributed ddp")

        self.amp_dtype = {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": None}.get(cfg.dtype)
        if cfg.dtype == "auto":
            self.amp_dtype = torch.bfloat16 if self.device.type == "cuda" else None
        self.use_compile = cfg.compile if cfg.compile is not None else self.device.type == "cuda"
        self.tokens_per_step = cfg.batch_size * cfg.grad_accum * self.seq_len * d.world_size

        if cfg.memory_check:
            check_fits(
                self.mcfg, batch_size=cfg.batch_size, seq_len=self.seq_len, bytes_per_act=2 if self.amp_dtype else 4,
                optimizer=cfg.optimizer, shards=d.world_size if cfg.distributed == "fsdp" else 1, device=self.device,
                checkpointing=cfg.activation_checkpointing, loss_chunk=cfg.loss_chunk,
            )
        if self.device.type == "cuda":  # TF32 for any matmul left in fp32 (outside autocast)
            torch.backends.cuda.matmul.allow_tf32 = True
            torch.backends.cudnn.allow_tf32 = True

        self.total_steps, self.phases = self.plan_run()
        # resuming: the phase of the checkpoint's last step (a growth due at its step happens in the loop)
        phase = phase_at(self.phases, max(self.resume_state["step"] - 1, 0) if self.resume_state else 0)
        self.raw = self.build_model(phase)
        self.phase = phase
        self.attach(fresh_optimizer=True)

        self.step, self.tokens, self.flops = 0, 0, 0.0
        self.train_src = BatchSource(  # --data-start: continue the seeded order (a resume restores the position below)
            self.train_stream, cfg.batch_size, self.seq_len, cfg.sampling, cfg.seed, d.rank, d.world_size, cfg.data_start
        )
        if self.resume_state:
            ckpt.load_checkpoint(self.resume_ckpt, self.raw, self.optimizer, self.resume_state)
            s = self.resume_state
            self.step, self.tokens, self.flops = s["step"], s["tokens"], s["flops"]
            if s["data"]["world_size"] != d.world_size:
                raise MedlmError(
                    f"{self.resume_ckpt} was written by {s['data']['world_size']} processes; resume with the same number "
                    "(the data order depends on it)"
                )
            self.train_src.position = s["data"]["position"]
            if d.is_main:
                say(STAGE, f"resuming {self.out} from step {self.step} ({self.tokens:,} tokens)")
        self.val = (
            val_batches(self.val_stream, cfg.batch_size, self.seq_len, cfg.eval_batches) if self.val_stream else None
        )
        self.metrics = MetricsLog(
            self.out, tensorboard=cfg.tensorboard, resume_step=self.step if self.resume_state else None, enabled=d.is_main
        )
        self.terminate = False
        previous = self.catch_sigterm()
        try:
            final_val = self.loop()
        finally:
            self.metrics.close()
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
        return self.finish(final_val)

    def catch_sigterm(self):
        """On SIGTERM (a scheduler preempting the job) finish the step, checkpoint, and stop cleanly."""
        import threading

        if threading.current_thread() is not threading.main_thread():
            return None

        def handler(signum, frame):
            self.terminate = True

        return signal.signal(signal.SIGTERM, handler)

    def plan_run(self) -> tuple[int, list[Phase]]:
        """Total optimizer steps and the progressive phases; --max-flops is converted into steps."""
        cfg = self.cfg
        target = self.mcfg.n_layers
        unfreeze = cfg.final_unfreeze_steps if (cfg.freeze_lower and cfg.progressive) else 0
        try:
            if cfg.max_steps:
                phases = plan(cfg.progressive, target, cfg.max_steps, cfg.progressive_steps, cfg.freeze_lower, cfg.final_unfreeze_steps)
                total = min(cfg.max_steps, self.steps_for_flops(phases, 0)) if cfg.max_flops else cfg.max_steps
                return total, phases
            if cfg.progressive and not cfg.progressive_steps:
                raise ValueError("with --max-flops and no --max-steps, give --progressive-steps (when to grow)")
            open_ended = plan(cfg.progressive, target, 2**62, cfg.progressive_steps, cfg.freeze_lower, 0)
            total = self.steps_for_flops(open_ended, unfreeze)
            return total, plan(cfg.progressive, target, total, cfg.progressive_steps, cfg.freeze_lower, cfg.final_unfreeze_steps)
        except ValueError as e:
            raise MedlmError(str(e)) from None

    def steps_for_flops(self, phases: list[Phase], unfreeze_steps: int) -> int:
        """Steps until the cumulative FLOPs reach --max-flops, walking the phases (their cost per step
        differs), with `unfreeze_steps` all-trainable steps reserved at the end."""
        budget = self.cfg.max_flops - unfreeze_steps * self.step_flops_of(Phase(0, self.mcfg.n_layers, 0))
        spent, step = 0.0, 0
        for i, p in enumerate(phases):
            cost = self.step_flops_of(p)
            affordable = max(int(-(-(budget - spent) // cost)), 0)  # the step that crosses the budget still runs
            length = phases[i + 1].start - p.start if i + 1 < len(phases) else affordable
            steps_here = min(length, affordable)
            spent += steps_here * cost
            step = p.start + steps_here
            if steps_here < length or i + 1 == len(phases):
                break
        total = step + unfreeze_steps
        if total <= 0:
            raise ValueError(f"--max-flops {self.cfg.max_flops:.3g} is less than one optimizer step")
        return total

    def step_flops_of(self, phase: Phase) -> float:
        with torch.device("meta"):
            probe = Transformer(replace(self.mcfg, n_layers=phase.layers))
        set_trainable(probe, patterns=self.init_manifest.get("trainable"), frozen_below=phase.trainable_from, freeze_embedding=self.mcfg.freeze_embedding)
        return training_flops_per_token(probe, self.seq_len) * self.tokens_per_step

    def build_model(self, phase: Phase) -> Transformer:
        cfg = self.cfg
        torch.manual_seed(cfg.seed)
        model = Transformer(replace(self.mcfg, n_layers=phase.layers))
        if cfg.init and not self.resume_state:
            self.load_init_weights(model)
        elif self.mcfg.embedding != "learned" and not self.resume_state:
            from medlm.grow.substrate import substrate_weights

            tok_dir = self.train_stream.shards.tokenizer_dir
            with torch.no_grad():
                model.embed.weight.copy_(substrate_weights(self.mcfg.embedding, tok_dir, self.mcfg.vocab_size, self.mcfg.d_model, seed=0))
                if not self.mcfg.tie_embeddings and self.mcfg.freeze_embedding:
                    model.lm_head.weight.copy_(model.embed.weight)
        set_trainable(
            model, patterns=self.init_manifest.get("trainable"), frozen_below=phase.trainable_from,
            freeze_embedding=self.mcfg.freeze_embedding,
        )
        if self.resume_state:  # exactly the parameters that were training when the checkpoint was written
            names = set(self.resume_state["trainable"])
            for name, p in model.named_parameters():
                p.requires_grad_(name in names)
        model.activation_checkpointing = cfg.activation_checkpointing
        model.loss_chunk = cfg.loss_chunk
        return model.to(self.device)

    def load_init_weights(self, model: Transformer) -> None:
        from safetensors.torch import load_file

        path = Path(self.cfg.init) / "model.safetensors"
        if not path.is_file():
            raise MedlmError(f"{path}: weights file not found")
        sd = load_file(str(path))
        if "lm_head.weight" not in sd and not model.cfg.tie_embeddings:
            sd["lm_head.weight"] = sd["embed.weight"]  # a tied source untied here (frozen embedding): head starts equal
        if model.cfg.tie_embeddings:
            sd.pop("lm_head.weight", None)
        missing, unexpected = model.load_state_dict(sd, strict=False)
        missing = [k for k in missing if not (model.cfg.tie_embeddings and k == "lm_head.weight")]
        if missing or unexpected:
            raise MedlmError(f"{path} does not fit the model config: missing {missing[:5]}, unexpected {unexpected[:5]}")

    def attach(self, fresh_optimizer: bool) -> None:
        """(Re)wrap the raw model for this device/world and (re)build the optimizer."""
        cfg = self.cfg
        old = getattr(self, "optimizer", None)
        model = self.raw
        if cfg.distributed == "fsdp":
            model = dist_.wrap(model, "fsdp", self.device, self.d)  # shards self.raw in place
        if self.use_compile:
            model = torch.compile(model)
        if cfg.distributed == "ddp":
            model = dist_.wrap(model, "ddp", self.device, self.d)
        self.model = model
        self.optimizer = build_optimizer(self.raw, cfg.optimizer, cfg.lr, (cfg.beta1, cfg.beta2), cfg.weight_decay, self.device)
        if old is not None and not fresh_optimizer:  # carry the moments of parameters that keep training
            for group in self.optimizer.param_groups:
                for p in group["params"]:
                    if p in old.state:
                        self.optimizer.state[p] = old.state[p]
        self.params = [p for g in self.optimizer.param_groups for p in g["params"]]
        self.step_flops = training_flops_per_token(self.raw, self.seq_len) * self.tokens_per_step

    def grow_to(self, phase: Phase) -> None:
        if phase.layers > len(self.raw.blocks):
            add_blocks(self.raw, phase.layers, self.cfg.progressive_init)
        set_trainable(self.raw, patterns=None, frozen_below=phase.trainable_from, freeze_embedding=self.mcfg.freeze_embedding)
        self.phase = phase
        self.attach(fresh_optimizer=False)
        self.log_growth()

    def log_growth(self) -> None:
        phase = self.phase
        self.metrics.log({"event": "grow", "step": self.step, "layers": phase.layers, "trainable_from": phase.trainable_from})
        if self.d.is_main:
            say(STAGE, f"step {self.step}: {phase.layers} layers" + (f", blocks < {phase.trainable_from} frozen" if phase.trainable_from else ""))

    # -- the loop

    def autocast(self):
        if self.amp_dtype is None:
            return contextlib.nullcontext()
        return torch.autocast(self.device.type, dtype=self.amp_dtype)

    def to_device(self, t: torch.Tensor) -> torch.Tensor:
        if self.device.type == "cuda":
            return t.pin_memory().to(self.device, non_blocking=True)
        return t.to(self.device)

    def loop(self) -> float | None:
        cfg, d = self.cfg, self.d
        scaler = torch.amp.GradScaler("cuda") if self.amp_dtype == torch.float16 else None
        peak = peak_flops(self.device)
        bar = progress(stage=STAGE, total=self.total_steps, unit="step", disable=not (d.is_main and cfg.progress_bar))
        bar.update(self.step)
        pending: list[dict] = []  # this window's records, losses still on the device
        window_start, window_steps = time.perf_counter(), 0
        kill_at = int(os.environ.get(DEBUG_KILL_ENV, "-1"))
        val_loss = None
        start_step = self.step

        def flush():
            nonlocal window_start, window_steps
            if not pending:
                return
            losses = torch.stack([r.pop("_loss") for r in pending])
            norms = torch.stack([r.pop("_norm") for r in pending])
            losses = dist_.all_reduce_mean(losses, d).tolist()  # the one host sync of the window
            norms = norms.tolist()
            elapsed = time.perf_counter() - window_start
            tok_s = self.tokens_per_step * window_steps / max(elapsed, 1e-9)
            mfu = (self.step_flops * window_steps / max(elapsed, 1e-9)) / (peak * d.world_size) if peak else None
            peak_mem = torch.cuda.max_memory_allocated(self.device) / 2**30 if self.device.type == "cuda" else None
            for r, loss, norm in zip(pending, losses, norms):
                r.update(loss=loss, grad_norm=norm, tok_s=tok_s, mfu=mfu)
                if peak_mem is not None:
                    r["peak_mem_gib"] = peak_mem
                self.metrics.log(r)
            last = pending[-1]
            bar.set_postfix_str(
                f"loss {last['loss']:.4f}" + (f" val {last['val_loss']:.4f}" if last.get("val_loss") is not None else "")
                + f" | {tok_s:,.0f} tok/s" + (f" | MFU {100 * mfu:.1f}%" if mfu is not None else "")
            )
            pending.clear()
            window_start, window_steps = time.perf_counter(), 0

        while self.step < self.total_steps and not (cfg.max_flops and self.flops >= cfg.max_flops):
            if self.phases and len(self.phases) > 1:
                phase = phase_at(self.phases, self.step)
                if phase != self.phase:
                    flush()
                    self.grow_to(phase)
            lr = lr_at(self.step, self.total_steps, lr=cfg.lr, min_lr=cfg.final_lr, warmup=cfg.warmup_steps, schedule=cfg.schedule, decay_fraction=cfg.decay_fraction)
            for group in self.optimizer.param_groups:
                group["lr"] = lr
            loss_sum = torch.zeros((), device=self.device)
            for micro in range(cfg.grad_accum):
                x, y = self.train_src.next()
                x, y = self.to_device(x), self.to_device(y)
                with dist_.no_grad_sync(self.model, cfg.distributed, micro == cfg.grad_accum - 1), self.autocast():
                    loss = self.model(x, targets=y) / cfg.grad_accum
                (scaler.scale(loss) if scaler else loss).backward()
                loss_sum += loss.detach()
            if scaler:
                scaler.unscale_(self.optimizer)
            norm = torch.nn.utils.clip_grad_norm_(self.params, cfg.grad_clip if cfg.grad_clip > 0 else float("inf"))
            if hasattr(norm, "full_tensor"):  # FSDP2: a DTensor
                norm = norm.full_tensor()
            if scaler:
                scaler.step(self.optimizer)
                scaler.update()
            else:
                self.optimizer.step()
            self.optimizer.zero_grad(set_to_none=True)
            self.step += 1
            self.tokens += self.tokens_per_step
            self.flops += self.step_flops
            window_steps += 1
            bar.update(1)
            record = {"step": self.step, "tokens": self.tokens, "flops": self.flops, "lr": lr, "layers": len(self.raw.blocks), "_loss": loss_sum, "_norm": norm.detach().float()}
            pending.append(record)
            last_step = self.step >= self.total_steps or bool(cfg.max_flops and self.flops >= cfg.max_flops)
            if self.val is not None and ((cfg.eval_every > 0 and self.step % cfg.eval_every == 0) or last_step):
                val_loss = self.evaluate()
                record["val_loss"] = val_loss
                flush()
            elif self.step % cfg.log_every == 0 or last_step:
                flush()
            saved = (cfg.checkpoint_every > 0 and self.step % cfg.checkpoint_every == 0) or last_step
            if saved:
                flush()
                self.save_checkpoint()
            if self.termination_requested():
                flush()
                if not saved:
                    self.save_checkpoint()
                raise MedlmError(
                    f"stopped by SIGTERM after step {self.step}; checkpoint saved — continue with `medlm train --resume {self.out}`"
                )
            if self.step == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
        flush()
        bar.close()
        if self.step == start_step and self.val is not None:  # resumed a finished run: still report its val loss
            val_loss = self.evaluate()
        return val_loss

    def termination_requested(self) -> bool:
        """True once SIGTERM (preemption) arrived — agreed by all ranks at log boundaries, so no extra syncs."""
        if not self.d.enabled:
            return self.terminate
        if self.step % self.cfg.log_every:
            return False
        flag = torch.tensor(float(self.terminate), device=self.device)
        import torch.distributed as dist

        dist.all_reduce(flag, op=dist.ReduceOp.MAX)
        return bool(flag.item())

    @torch.no_grad()
    def evaluate(self) -> float:
        self.model.eval()
        batches = self.val
        if self.d.enabled and len(batches) % self.d.world_size == 0:  # share the work when it divides evenly
            batches = batches[self.d.rank :: self.d.world_size]
        total = torch.zeros((), device=self.device)
        for x, y in batches:
            with self.autocast():
                total += self.model(self.to_device(x), targets=self.to_device(y)).float()
        mean = total / len(batches)
        if self.d.enabled and len(batches) != len(self.val):
            mean = dist_.all_reduce_mean(mean, self.d)
        self.model.train()
        return float(mean)

    def save_checkpoint(self) -> None:
        state = {
            "step": self.step, "tokens": self.tokens, "flops": self.flops,
            "data": self.train_src.state(),
            "train_config": to_dict(self.cfg), "model": to_dict(self.mcfg),
            "layers": len(self.raw.blocks), "tied_embeddings": self.mcfg.tie_embeddings,
            "trainable": [n for n, p in self.raw.named_parameters() if p.requires_grad],
            "init_trainable": self.init_manifest.get("trainable"),
            "world_size": self.d.world_size,
        }
        ckpt.save_checkpoint(self.out, self.step, self.raw, self.optimizer, state, keep_last=self.cfg.keep_last, is_main=self.d.is_main)
        dist_.barrier(self.d)

    # -- the end

    def finish(self, final_val: float | None) -> TrainResult:
        cfg, d = self.cfg, self.d
        from torch.distributed.checkpoint.state_dict import StateDictOptions, get_model_state_dict

        full = get_model_state_dict(self.raw, options=StateDictOptions(full_state_dict=True, cpu_offload=True))
        if d.is_main:
            final = Transformer(replace(self.mcfg, n_layers=len(self.raw.blocks)))
            if final.cfg.tie_embeddings:
                full.pop("lm_head.weight", None)
            final.load_state_dict(full, strict=not final.cfg.tie_embeddings)
            tok_dir = self.train_stream.shards.tokenizer_dir
            if not tok_dir.is_dir():
                say(STAGE, f"{cfg.data} has no tokenizer/ directory: the run dir will have no tokenizer copy (export needs one)")
            save_run(
                final, self.out, STAGE,
                tokenizer_dir=tok_dir if tok_dir.is_dir() else None,
                config=cfg,
                tokenizer=self.data_manifest.get("tokenizer"),
                data={"path": str(cfg.data), "manifest_sha256": manifest_hash(cfg.data), "train_tokens": self.train_stream.total},
                data_position=self.train_src.state(),
                init=({"path": cfg.init, "manifest_sha256": manifest_hash(cfg.init)} if cfg.init else None),
                steps=self.step, tokens=self.tokens, flops=self.flops, final_val_loss=final_val,
                seq_len=self.seq_len, world_size=d.world_size,
            )
            png = plot_loss(self.out)
            say(STAGE, f"done: {self.step} steps, {self.tokens:,} tokens, {self.flops:.3g} FLOPs"
                + (f", val loss {final_val:.4f}" if final_val is not None else "") + f" -> {self.out}" + (f" (curve: {png})" if png else ""))
        dist_.barrier(d)
        return TrainResult(self.out, self.step, self.tokens, self.flops, final_val)
