"""CLI registration for the grow stage (see medlm/cli.py)."""

from medlm.grow.config import ExperimentConfig, GrowConfig, MergeConfig


def register(add):
    add(
        "grow",
        "medlm.grow.operators:grow",
        GrowConfig,
        help="grow a trained model into a deeper one by reusing its layers (then `medlm train --init OUT`)",
    )
    add(
        "merge",
        "medlm.grow.merge:merge",
        MergeConfig,
        help="merge specialist models sharing a tokenizer into a logit-averaging ensemble",
    )
    add(
        "experiment growth",
        "medlm.grow.experiment:run_experiment",
        ExperimentConfig,
        help="equal-FLOPs experiment: deep model from scratch vs growth operators, progressive training and merging",
        config_positional="RECIPE.yaml",
    )
