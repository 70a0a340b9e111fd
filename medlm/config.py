"""Typed command configs: one dataclass per command, filled from YAML and CLI flags alike.

A command declares its settings once, as a dataclass whose fields carry their help text:

    @dataclass
    class TokenizerTrainConfig:
        corpus: str = opt(help="corpus directory (output of `medlm corpus build`)", positional=True)
        vocab_size: int = opt(32000, help="target vocabulary size")

`add_config_args` turns the fields into argparse flags (`--vocab-size`), `config_from_args`
merges `--config FILE.yaml`, the flags and `--set a.b=value` overrides into a validated
instance, and `load_config` does the same from Python, which is what tests call.
Unknown keys, wrong types and bad choices raise `MedlmError` naming the key and the file.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import types
import typing
from pathlib import Path
from typing import Any, Literal

import yaml

from medlm.errors import MedlmError

_NO_DEFAULT = dataclasses.MISSING


def opt(default: Any = _NO_DEFAULT, *, help: str, positional: bool = False, short: str | None = None):
    """A config field with help text. Mutable defaults (lists, dicts, dataclasses) are copied per instance."""
    meta = {"help": help, "positional": positional, "short": short}
    if isinstance(default, (list, dict)) or dataclasses.is_dataclass(default):
        return dataclasses.field(default_factory=lambda: _copy(default), metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


def _copy(value: Any) -> Any:
    import copy

    return copy.deepcopy(value)


# ---------------------------------------------------------------- building configs from dicts


def load_config(cls: type, path: str | Path | None = None, **overrides: Any):
    """Config from an optional YAML file plus keyword overrides (None values are ignored)."""
    data: dict[str, Any] = read_yaml(path) if path else {}
    where = str(path) if path else "arguments"
    for key, value in overrides.items():
        if value is not None:
            _set_dotted(data, key, value)
    return from_dict(cls, data, where=where)


def read_yaml(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    if not path.is_file():
        raise MedlmError(f"config file {path} not found")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise MedlmError(f"{path}: not valid YAML: {e}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise MedlmError(f"{path}: expected a mapping of settings at the top level, got {type(data).__name__}")
    return data


def from_dict(cls: type, data: dict[str, Any], where: str = "config", prefix: str = ""):
    """Validate `data` against dataclass `cls` and build it; errors name `where` and the dotted key."""
    if not isinstance(data, dict):
        raise MedlmError(f"{where}: '{prefix.rstrip('.') or cls.__name__}' must be a mapping, got {data!r}")
    hints = typing.get_type_hints(cls)
    known = {f.name: f for f in dataclasses.fields(cls) if f.init}
    for key in data:
        if key not in known:
            close = difflib.get_close_matches(str(key), known, n=1)
            hint = f"; did you mean '{prefix}{close[0]}'?" if close else ""
            raise MedlmError(
                f"{where}: unknown setting '{prefix}{key}'{hint} (valid: {', '.join(sorted(known))})"
            )
    kwargs = {}
    for name, f in known.items():
        if name in data:
            kwargs[name] = _coerce(data[name], hints[name], where, prefix + name)
        elif f.default is _NO_DEFAULT and f.default_factory is _NO_DEFAULT:
            raise MedlmError(f"{where}: required setting '{prefix}{name}' is missing ({f.metadata.get('help', '')})")
    try:
        return cls(**kwargs)
    except (ValueError, TypeError) as e:  # __post_init__ validation
        raise MedlmError(f"{where}: {e}") from None


def _coerce(value: Any, tp: Any, where: str, key: str) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _coerce(value, arg, where, key)
            except MedlmError as e:
                errors.append(str(e))
        raise MedlmError(errors[-1] if errors else f"{where}: '{key}' must not be empty")
    if origin is Literal:
        if value not in args:
            raise MedlmError(f"{where}: '{key}' must be one of {', '.join(map(repr, args))}, got {value!r}")
        return value
    if origin in (list, tuple):
        if isinstance(value, str):  # "1,2,4" from a flag
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, (list, tuple)):
            value = [value]
        item = args[0] if args else Any
        return [_coerce(v, item, where, f"{key}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise MedlmError(f"{where}: '{key}' must be a mapping, got {value!r}")
        vt = args[1] if len(args) == 2 else Any
        return {k: _coerce(v, vt, where, f"{key}.{k}") for k, v in value.items()}
    if dataclasses.is_dataclass(tp):
        return value if isinstance(value, tp) else from_dict(tp, value, where, prefix=key + ".")
    if tp is Any:
        return value
    if tp is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "yes", "1", "on", "false", "no", "0", "off"):
            return value.lower() in ("true", "yes", "1", "on")
        raise MedlmError(f"{where}: '{key}' must be true or false, got {value!r}")
    if tp in (int, float):
        if isinstance(value, bool):
            raise MedlmError(f"{where}: '{key}' must be a number, got {value!r}")
        try:
            number = float(value) if isinstance(value, str) else value
            if tp is int:
                if float(number) != int(float(number)):
                    raise ValueError
                return int(float(number))
            return float(number)
        except (TypeError, ValueError):
            raise MedlmError(f"{where}: '{key}' must be {'an integer' if tp is int else 'a number'}, got {value!r}") from None
    if tp is str:
        if isinstance(value, (dict, list)):
            raise MedlmError(f"{where}: '{key}' must be a string, got {value!r}")
        return str(value)
    if tp is Path:
        return Path(value)
    return value


def to_dict(cfg: Any) -> dict[str, Any]:
    """Plain, JSON-ready dict of a config (Paths become strings) — what manifests record."""

    def plain(v: Any) -> Any:
        if dataclasses.is_dataclass(v):
            return {f.name: plain(getattr(v, f.name)) for f in dataclasses.fields(v)}
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        if isinstance(v, dict):
            return {str(k): plain(x) for k, x in v.items()}
        if isinstance(v, Path):
            return str(v)
        return v

    return plain(cfg)


def _set_dotted(data: dict[str, Any], key: str, value: Any) -> None:
    parts = key.split(".")
    for part in parts[:-1]:
        data = data.setdefault(part, {})
        if not isinstance(data, dict):
            raise MedlmError(f"cannot set '{key}': '{part}' is not a mapping")
    data[parts[-1]] = value


# ---------------------------------------------------------------- CLI flags from the same fields


def add_config_args(parser: argparse.ArgumentParser, cls: type, config_positional: str | None = None) -> None:
    """Add a flag per scalar/list field of `cls`, plus `--config` (or a positional YAML) and `--set`.

    Nested dataclass fields have no flags of their own; set them in YAML or with `--set a.b=v`.
    """
    hints = typing.get_type_hints(cls)
    if config_positional:
        parser.add_argument("config", metavar=config_positional, help="YAML file with the settings")
    else:
        parser.add_argument("--config", metavar="FILE.yaml", help="YAML file with settings; flags override it")
    for f in dataclasses.fields(cls):
        tp = hints[f.name]
        if _is_nested(tp):
            continue
        help_text = f.metadata.get("help", "")
        default = _default_of(f)
        if default not in (None, _NO_DEFAULT, [], {}):
            help_text += f" (default: {default})"
        help_text = help_text.replace("%", "%%")  # argparse formats help with %
        kind, choices = _flag_kind(tp)
        kw: dict[str, Any] = {"help": help_text}
        if f.metadata.get("positional"):
            kw["nargs"] = "+" if kind == "list" else ("?" if default is not _NO_DEFAULT else None)
            kw["default"] = None
            parser.add_argument(f.name, metavar=f.name.upper(), **{k: v for k, v in kw.items() if v is not None})
            continue
        names = ["--" + f.name.replace("_", "-")]
        if f.metadata.get("short"):
            names.insert(0, f.metadata["short"])
        kw["dest"] = f.name
        kw["default"] = None
        if kind == "bool":
            kw["action"] = argparse.BooleanOptionalAction
        elif kind == "list":
            kw["action"] = "append"
            kw["metavar"] = "VALUE"
            kw["help"] += " (repeat the flag, or give a comma-separated list)"
        else:
            if choices:
                kw["choices"] = choices
            kw["metavar"] = None if choices else f.name.upper()
        parser.add_argument(*names, **kw)
    parser.add_argument(
        "--set",
        dest="_set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override any setting, nested ones too (e.g. --set model.n_layers=12); VALUE is parsed as YAML",
    )


def config_from_args(cls: type, args: argparse.Namespace):
    """Build the config a parsed command line describes: YAML < flags < --set."""
    path = getattr(args, "config", None)
    data: dict[str, Any] = read_yaml(path) if path else {}
    names = {f.name for f in dataclasses.fields(cls)}
    for name in names:
        value = getattr(args, name, None)
        if value is None:
            continue
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            # repeated flags, each possibly a comma-separated list
            value = [x.strip() for v in value for x in v.split(",") if x.strip()]
        data[name] = value
    for item in getattr(args, "_set", []) or []:
        if "=" not in item:
            raise MedlmError(f"--set {item!r}: expected KEY=VALUE")
        key, raw = item.split("=", 1)
        _set_dotted(data, key.strip(), yaml.safe_load(raw))
    return from_dict(cls, data, where=str(path) if path else "command line")


def _default_of(f: dataclasses.Field) -> Any:
    if f.default is not _NO_DEFAULT:
        return f.default
    if f.default_factory is not _NO_DEFAULT:
        return f.default_factory()
    return _NO_DEFAULT


def _is_nested(tp: Any) -> bool:
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return any(_is_nested(a) for a in args)
    if typing.get_origin(tp) in (list, tuple, dict):
        return any(dataclasses.is_dataclass(a) for a in args) or typing.get_origin(tp) is dict
    return dataclasses.is_dataclass(tp)


def _flag_kind(tp: Any) -> tuple[str, list | None]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _flag_kind(args[0]) if len(args) == 1 else ("str", None)
    if tp is bool:
        return "bool", None
    if origin in (list, tuple):
        return "list", None
    if origin is Literal:
        return "str", list(typing.get_args(tp))
    return "str", None
