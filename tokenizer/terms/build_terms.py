"""Build tokenizer/terms/medical_terms.txt: the single-word medical terms `medlm tokenizer compare`
checks for being one token, and that `tokenizer train --terms` can seed as pieces.

Sources: one-word HPO term names and synonyms (Human Phenotype Ontology, hp.obo 2025-01-16,
attribution licence, https://hpo.jax.org/license) kept when they occur at least MIN_COUNT times in the
development corpus (so the list reflects terms seen in real text, not only ontology rarities), minus
general-English words; plus drugs.txt (generic drug names, hand-listed).

    python tokenizer/terms/build_terms.py /work/shared/data/corpora/vocab/hpo_terms.jsonl.xz data/corpora/shared
"""

import json
import lzma
import re
import sys
from collections import Counter
from pathlib import Path

from medlm.tokenizer.texts import iter_documents

MIN_COUNT = 5
HERE = Path(__file__).parent
# one-word HPO names/synonyms that are ordinary English, not medical terms
GENERAL = set("""acute affected anger hopping chronic mild severe progressive episodic recurrent obesity fever pain
fatigue weakness cough nausea vomiting diarrhea constipation dizziness headache anxiety depression insomnia
itching rash swelling bleeding bruising fainting tremor stiffness numbness tingling drowsiness sweating
hoarseness wheezing snoring crying irritability aggression impulsivity hyperactivity apathy delusions
hallucinations confusion agitation nervousness restlessness squint clubfoot dullness hives
abnormal absent activating arranging bilateral bouncing central class collecting cutting cyclic decreased
deficient developmental diffuse distal diurnal dribbling elevated excluded fluctuating focal frequency frequent
generalised generalized giant grade granular healthy forgetfulness coldness clumsiness illusions imprinted impulsive
inaction inactivating inactivity inappropriate increased inertia intensity intermittent inverted irritable jumping
juvenile lateral laterality left-sided lobulated localised localized moderate multifocal nocturnal non-progressive
nonprogressive notched obligate occasional onset outermost overgrowth overweight periodic position positive posterior
profound prolonged protein proximal reduced refractory reticular right right-sided scarring severity sharp shivering
shock sleepiness sleepy slowness sneeze snore snores speckled spinning sporadic stable stereotyped tearfulness tearing
tender thick thickened tired transient treacher unaffected unilateral worthlessness whitehead pimple circumscribed
""".split())


def hpo_words(path):
    words = set()
    for line in lzma.open(path, "rt", encoding="utf-8"):
        text = json.loads(line)["text"]
        names = [text.split(":", 1)[0]]
        m = re.search(r"Synonyms: (.*?)\.?(?: [A-Z][^;]*\.)?$", text.split("\n")[0])
        if m:
            names += [s.strip() for s in m.group(1).split(";")]
        for n in names:
            if re.fullmatch(r"[A-Za-z][a-z]+(?:-[a-z]+)?", n) and len(n) >= 5:
                words.add(n.lower())
    return words


def main(hpo, corpus):
    candidates = hpo_words(hpo) - GENERAL
    counts = Counter()
    for doc in iter_documents(corpus):
        if doc.source.startswith("hpo"):
            continue  # the ontology itself does not count as usage
        counts.update(w for w in re.findall(r"[a-z]+(?:-[a-z]+)?", doc.text.lower()) if w in candidates)
    hpo_terms = sorted(w for w in candidates if counts[w] >= MIN_COUNT)
    drugs = [l.strip() for l in (HERE / "drugs.txt").read_text().splitlines() if l.strip() and not l.startswith("#")]
    terms = sorted(set(hpo_terms) | set(drugs))
    header = [
        "# Single-word medical terms for `medlm tokenizer compare` (share kept as one token) and `tokenizer train --terms`.",
        f"# {len(hpo_terms)} one-word Human Phenotype Ontology names/synonyms seen >= {MIN_COUNT} times in the",
        "# development corpus (HPO 2025-01-16, free use with attribution: https://hpo.jax.org/license),",
        f"# {len(drugs)} generic drug names (tokenizer/terms/drugs.txt). Built by tokenizer/terms/build_terms.py.",
    ]
    (HERE / "medical_terms.txt").write_text("\n".join(header + terms) + "\n")
    print(len(hpo_terms), len(drugs), len(terms))


if __name__ == "__main__":
    main(*sys.argv[1:3])
