"""The `medlm` command line.

Each stage's `medlm/<stage>/cli.py` has `register(add)` and calls
`add("corpus build", "medlm.corpus.build:build_corpus", CorpusBuildConfig, help=...)` for each command:
a command is one typed config class plus the one function that takes it — the same function tests call.
Stage CLI modules import only their (light) config classes; the work function is imported when the
command runs, so `medlm --help` stays fast and a GPU node needs no corpus-only dependencies.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Any, Callable

from medlm import __version__
from medlm.config import add_config_args, config_from_args
from medlm.errors import MedlmError

# stage CLI modules, in the order the pipeline runs
STAGE_CLIS = [
    "medlm.corpus.cli",
    "medlm.tokenizer.cli",
    "medlm.train.cli",
    "medlm.grow.cli",
    "medlm.bench.cli",
    "medlm.report.cli",
    "medlm.quickstart",
]

GROUP_HELP = {
    "corpus": "build, inspect and tokenize corpora",
    "tokenizer": "train and compare tokenizers",
    "bench": "benchmark models on medical tasks and render leaderboards",
    "experiment": "run controlled experiments (e.g. growth vs training from scratch)",
}

# `medlm bench --model ...` means `medlm bench run --model ...`
DEFAULT_SUBCOMMAND = {"bench": "run"}


class _Commands:
    def __init__(self, parser: argparse.ArgumentParser):
        self.top = parser.add_subparsers(dest="_command", metavar="COMMAND")
        self.groups: dict[str, argparse._SubParsersAction] = {}
        self.names: dict[str, set[str]] = {}

    def add(
        self,
        path: str,
        target: str,
        config_cls: type,
        *,
        help: str,
        description: str | None = None,
        config_positional: str | None = None,
    ) -> None:
        """Register command `path` ("train" or "corpus build") running `target` ("module:function")."""
        words = path.split()
        if len(words) == 1:
            sub = self.top
        else:
            group = words[0]
            if group not in self.groups:
                gp = self.top.add_parser(group, help=GROUP_HELP.get(group, ""), description=GROUP_HELP.get(group))
                self.groups[group] = gp.add_subparsers(dest="_subcommand", metavar="SUBCOMMAND", required=True)
            sub = self.groups[group]
            self.names.setdefault(group, set()).add(words[1])
        p = sub.add_parser(words[-1], help=help, description=description or help)
        add_config_args(p, config_cls, config_positional=config_positional)
        p.set_defaults(_target=target, _config_cls=config_cls)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="medlm",
        description="medlm: build medium-sized medical language models efficiently and prove whether they hold up.",
    )
    parser.add_argument("--version", action="version", version=f"medlm {__version__}")
    commands = _Commands(parser)
    for module in STAGE_CLIS:
        importlib.import_module(module).register(commands.add)
    parser._medlm_commands = commands  # type: ignore[attr-defined]
    return parser


def resolve(target: str) -> Callable[[Any], Any]:
    module, _, func = target.partition(":")
    return getattr(importlib.import_module(module), func)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands: _Commands = parser._medlm_commands  # type: ignore[attr-defined]
    if len(argv) >= 1 and argv[0] in DEFAULT_SUBCOMMAND:
        if len(argv) == 1 or (argv[1] not in commands.names.get(argv[0], ()) and argv[1] not in ("-h", "--help")):
            argv.insert(1, DEFAULT_SUBCOMMAND[argv[0]])
    args = parser.parse_args(argv)
    if not getattr(args, "_target", None):
        parser.print_help()
        return 0
    try:
        cfg = config_from_args(args._config_cls, args)
        resolve(args._target)(cfg)
    except MedlmError as e:
        print(f"medlm: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("medlm: interrupted (finished work is kept; run the same command again to resume)", file=sys.stderr)
        return 130
    return 0
