"""CLI registration for the findings page (see medlm/cli.py)."""

from medlm.report.findings import ReportConfig


def register(add):
    add(
        "report",
        "medlm.report.findings:render_findings",
        ReportConfig,
        help="render one findings page (HTML + Markdown) from stage outputs: corpus accounting, tokenizer "
        "comparison, training curves, growth experiment, merges, leaderboard",
    )
