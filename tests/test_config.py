from dataclasses import dataclass
from typing import Literal

import pytest

from medlm.cli import build_parser
from medlm.config import add_config_args, config_from_args, load_config, opt, to_dict
from medlm.errors import MedlmError


@dataclass
class Inner:
    depth: int = opt(2, help="depth")


@dataclass
class Demo:
    data: str = opt(help="input directory", positional=True)
    vocab_size: int = opt(100, help="vocab")
    lr: float = opt(1e-3, help="learning rate")
    method: Literal["stack", "outer"] = opt("stack", help="method")
    schedule: list[int] = opt([1, 2], help="schedule")
    compile: bool = opt(True, help="compile")
    inner: Inner = opt(Inner(), help="nested")


def _parse(argv):
    import argparse

    p = argparse.ArgumentParser()
    add_config_args(p, Demo)
    return config_from_args(Demo, p.parse_args(argv))


def test_flags_yaml_and_set_fill_the_same_config(tmp_path):
    y = tmp_path / "c.yaml"
    y.write_text("vocab_size: 7\nlr: 0.5\ninner: {depth: 3}\n")
    cfg = _parse(["d", "--config", str(y), "--lr", "0.25", "--schedule", "1,2,4", "--no-compile", "--set", "inner.depth=9"])
    assert (cfg.data, cfg.vocab_size, cfg.lr, cfg.schedule, cfg.compile, cfg.inner.depth) == ("d", 7, 0.25, [1, 2, 4], False, 9)
    assert load_config(Demo, y, data="d", lr=0.25) == Demo(data="d", vocab_size=7, lr=0.25, inner=Inner(3))


def test_unknown_key_names_file_and_suggests(tmp_path):
    y = tmp_path / "c.yaml"
    y.write_text("data: x\nvocab_sise: 3\n")
    with pytest.raises(MedlmError, match=r"c\.yaml: unknown setting 'vocab_sise'; did you mean 'vocab_size'"):
        load_config(Demo, y)


@pytest.mark.parametrize(
    "override, message",
    [({"lr": "fast"}, "'lr' must be a number"), ({"method": "zip"}, "'method' must be one of"), ({"inner.depth": 1.5}, "'inner.depth' must be an integer")],
)
def test_bad_values_are_named(override, message):
    with pytest.raises(MedlmError, match=message):
        load_config(Demo, data="x", **override)


def test_missing_required_and_roundtrip():
    with pytest.raises(MedlmError, match="required setting 'data'"):
        load_config(Demo)
    cfg = load_config(Demo, data="x")
    assert load_config(Demo, **to_dict(cfg)) == cfg


def test_cli_help_lists_commands(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    assert "medlm" in capsys.readouterr().out
