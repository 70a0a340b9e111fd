"""`python -m medlm.bench.lm_eval_cli ...`: lm-eval's own command line with `--model medlm` available.

lm-eval 0.4.13 looks models up only in its registry and loads no plugins, so `lm_eval --model medlm`
cannot see medlm; this drop-in registers medlm's model class and then runs lm-eval's CLI unchanged
(same flags, same output). Example:

    python -m medlm.bench.lm_eval_cli --model medlm --model_args run=runs/med-350m --tasks medqa_4options
"""

from __future__ import annotations


def main() -> None:
    import sys

    import medlm.bench.lm_eval_model  # noqa: F401  (registers "medlm")
    from lm_eval.__main__ import cli_evaluate

    from medlm.errors import MedlmError

    try:
        cli_evaluate()
    except MedlmError as e:  # a problem the user can fix: one line, as the medlm command prints it
        print(f"medlm: error: {e}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
