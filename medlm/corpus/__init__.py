"""medlm corpus: raw clinical + biomedical sources -> a clean, de-identified, deduplicated,
decontaminated corpus directory.

Corpus directory contract (what `medlm corpus build` writes and later stages read):
    CORPUS/data/*.parquet      columns: id (str, unique), source (str), text (str), metadata (str: JSON object)
    CORPUS/manifest.json       stage "corpus": inputs (path, bytes, sha256), resolved recipe, per-step
                               in/kept/dropped-by-reason/errored counts, chars, decontamination hits
    CORPUS/abbreviations.json  {"SHORT": {"long form": count, ...}, ...} from the scispacy step (if run)
    CORPUS/report.html         the same accounting for people, with plots
`datasets.load_dataset("parquet", data_dir=CORPUS/"data")` opens it.
"""
