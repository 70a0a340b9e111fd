"""Corpus recipes and the `medlm corpus build` settings.

A *recipe* (YAML, usually under corpora/) says what goes in and what is done to it:

    name: pubmed
    sources:                       # medlm.corpus.readers.SourceConfig, paths relative to the recipe file
      - {name: pubmed, format: medline, paths: ["pubmed/*.xml.gz"], kind: literature}
      - {name: notes, format: csv, paths: ["notes/*.csv"], kind: clinical, text_field: TEXT, id_field: ROW_ID}
    steps:                         # run in this order; each item is {step_name: {settings}}
      - normalize: {}
      - quality: {min_chars: 200}
      - language: {}
      - deid: {}
      - dedup: {threshold: 0.8}
      - decontaminate: {benchmarks: [...], ngram: 13}
      - abbreviations: {}

The *build settings* (`CorpusBuildConfig`) say how and where it runs: output dir, workers,
executor, error policy. Keeping them apart lets one recipe run on a laptop or a Slurm cluster.

Step names map lazily to `module:ConfigClass:StepClass` so a recipe is validated (unknown step,
typo'd key, wrong type -> MedlmError naming the recipe file) without importing heavy step code
until the build runs.
"""

from __future__ import annotations

import dataclasses
import difflib
import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from medlm.config import from_dict, opt, read_yaml, to_dict
from medlm.errors import MedlmError

# name -> "module:ConfigClass:StepClass". Per-document steps are datatrove steps built as
# StepClass(config, work_dir); `dedup` is global (needs every document) and run by the pipeline.
STEP_REGISTRY: dict[str, str] = {
    "normalize": "medlm.corpus.normalize:NormalizeConfig:Normalize",
    "quality": "medlm.corpus.quality:QualityConfig:QualityFilter",
    "language": "medlm.corpus.language:LanguageConfig:LanguageFilter",
    "deid": "medlm.corpus.deid:DeidConfig:Deidentify",
    "dedup": "medlm.corpus.dedup:DedupConfig:",
    "decontaminate": "medlm.corpus.decontam:DecontamConfig:Decontaminate",
    "abbreviations": "medlm.corpus.abbreviations:AbbreviationsConfig:AbbreviationStep",
}
GLOBAL_STEPS = {"dedup"}

DEFAULT_STEPS: list[dict[str, Any]] = [
    {"normalize": {}},
    {"quality": {}},
    {"language": {}},
    {"deid": {}},
    {"dedup": {}},
    {"decontaminate": {}},
    {"abbreviations": {}},
]


def _source_config_cls() -> type:
    from medlm.corpus.readers import SourceConfig

    return SourceConfig


@dataclass
class Recipe:
    """What goes into a corpus and what is done to it (the YAML recipe file)."""

    sources: list[Any] = opt(help="input sources (see medlm.corpus.readers.SourceConfig)")
    name: str = opt("", help="corpus name (defaults to the recipe file's stem)")
    description: str = opt("", help="free text recorded in the manifest")
    steps: list[dict[str, Any]] = opt(DEFAULT_STEPS, help="processing steps in order: [{name: {settings}}, ...]")


@dataclass
class StepSpec:
    """One resolved recipe step: its name, validated config object and where it came from."""

    name: str
    config: Any
    index: int

    @property
    def is_global(self) -> bool:
        return self.name in GLOBAL_STEPS


@dataclass
class LoadedRecipe:
    path: Path
    recipe: Recipe
    sources: list[Any]  # SourceConfig
    steps: list[StepSpec]

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    def resolved(self) -> dict[str, Any]:
        """The recipe with every default filled in: what the manifest records."""
        return {
            "path": str(self.path),
            "name": self.recipe.name,
            "description": self.recipe.description,
            "sources": [to_dict(s) for s in self.sources],
            "steps": [{s.name: to_dict(s.config)} for s in self.steps],
        }


def _resolve(target: str, where: str, step: str) -> tuple[type, type | None]:
    module, cfg_name, step_name = target.split(":")
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as e:
        if e.name and module.startswith(e.name):
            raise MedlmError(f"{where}: step '{step}' needs module {module}, which is not installed in this medlm") from None
        raise
    return getattr(mod, cfg_name), (getattr(mod, step_name) if step_name else None)


def step_classes(name: str, where: str = "recipe") -> tuple[type, type | None]:
    """(ConfigClass, StepClass or None for global steps) of a registered step."""
    return _resolve(STEP_REGISTRY[name], where, name)


def parse_steps(raw: list[Any], where: str) -> list[StepSpec]:
    specs: list[StepSpec] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        if isinstance(item, str):  # `- normalize` is accepted as `- normalize: {}`
            item = {item: {}}
        if not isinstance(item, dict) or len(item) != 1:
            raise MedlmError(f"{where}: steps[{i}] must be a single mapping {{step_name: {{settings}}}}, got {item!r}")
        (name, settings), = item.items()
        if name not in STEP_REGISTRY:
            close = difflib.get_close_matches(str(name), STEP_REGISTRY, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise MedlmError(f"{where}: unknown step '{name}' in steps[{i}]{hint} (valid: {', '.join(STEP_REGISTRY)})")
        if name in seen:
            raise MedlmError(f"{where}: step '{name}' appears twice in steps; list each step once")
        seen.add(name)
        cfg_cls, _ = step_classes(name, where)
        cfg = from_dict(cfg_cls, settings or {}, where=where, prefix=f"steps[{i}].{name}.")
        specs.append(StepSpec(name=name, config=cfg, index=i))
    return specs


def load_recipe(path: str | Path) -> LoadedRecipe:
    """Read and validate a recipe file; every error names the file and the offending key."""
    path = Path(path).resolve()
    where = str(path)
    data = read_yaml(path)
    recipe = from_dict(Recipe, data, where=where)
    source_cls = _source_config_cls()
    if not recipe.sources:
        raise MedlmError(f"{where}: 'sources' is empty; list at least one source")
    sources = [from_dict(source_cls, s, where=where, prefix=f"sources[{i}].") for i, s in enumerate(recipe.sources)]
    names = [s.name for s in sources]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise MedlmError(f"{where}: source names must be unique, repeated: {', '.join(dupes)}")
    steps = parse_steps(recipe.steps, where)
    if not recipe.name:
        recipe = dataclasses.replace(recipe, name=path.stem)
    return LoadedRecipe(path=path, recipe=recipe, sources=sources, steps=steps)


@dataclass
class CorpusBuildConfig:
    """Settings of `medlm corpus build RECIPE --out DIR`."""

    recipe: str = opt(help="recipe YAML: sources and steps (see corpora/*.yaml)", positional=True)
    out: str = opt(help="output corpus directory (data/*.parquet, manifest.json, report.html)")
    workers: int = opt(0, help="parallel worker processes on this machine (0 = all CPU cores)")
    tasks: int = opt(0, help="number of shards the input is split into (0 = one per input file, at most 10,000)")
    executor: Literal["local", "ray", "slurm"] = opt(
        "local", help="where tasks run: this machine, a Ray cluster (RAY_ADDRESS or local), or Slurm"
    )
    on_error: Literal["fail", "skip"] = opt(
        "fail", help="bad input file/record: 'fail' stops with the file and position; 'skip' counts and lists it"
    )
    rows_per_group: int = opt(2000, help="documents per Parquet row group (bounds memory per worker)")
    work_dir: str = opt("", help="scratch dir for shards, markers and logs (default OUT/.work)")
    keep_work: bool = opt(False, help="keep the scratch dir after a successful build (for debugging)")
    force: bool = opt(False, help="rebuild even if OUT already holds a finished build")
    progress: bool = opt(True, help="show a progress bar (stage, docs/s, ETA)")
    # cluster executors
    ray_address: str = opt("", help="Ray cluster address (default: $RAY_ADDRESS, else a local cluster)")
    ray_mem_per_task_gb: float = opt(2.0, help="memory Ray reserves per task (GB)")
    slurm_partition: str = opt("", help="Slurm partition for --executor slurm")
    slurm_time: str = opt("24:00:00", help="Slurm time limit per job")
    slurm_cpus_per_task: int = opt(1, help="CPUs per Slurm task")
    slurm_mem_per_cpu_gb: int = opt(2, help="memory per CPU (GB) for Slurm tasks")
    slurm_sbatch_args: dict[str, Any] = opt({}, help="extra sbatch arguments, e.g. {account: my_acct, qos: normal}")

    def __post_init__(self):
        if self.workers < 0 or self.tasks < 0:
            raise ValueError("'workers' and 'tasks' must be >= 0")
        if self.rows_per_group < 1:
            raise ValueError("'rows_per_group' must be >= 1")
