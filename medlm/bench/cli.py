"""CLI registration for the bench stage (see medlm/cli.py). Only light config classes are imported here."""

from medlm.bench.run import BenchRunConfig


def register(add):
    add("bench run", "medlm.bench.run:bench_run", BenchRunConfig,
        help="score models (medlm runs, transformers, GGUF, OpenAI-compatible servers) on MedQA, PubMedQA, MedMCQA, "
             "MMLU-medical and medical bits-per-byte; `medlm bench --model ...` means `medlm bench run --model ...`")
    from medlm.bench.leaderboard import LeaderboardConfig

    add("bench leaderboard", "medlm.bench.leaderboard:render_leaderboard", LeaderboardConfig,
        help="render leaderboard.md, leaderboard.html and plots from the results store and published reference rows")
