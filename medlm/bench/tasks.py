"""Task definitions: prompts, answer choices, metrics and few-shot sources, as lm-evaluation-harness 0.4.x has them.

Each prompt is character-for-character the one lm-eval's task YAML renders (`medqa_4options`,
`pubmedqa`, `medmcqa`, `mmlu_*`): a request is (context, " " + choice) for every choice — lm-eval's
`output_type: multiple_choice` with `target_delimiter: " "`. A k-shot context is
description + k × (doc_to_text + " " + gold choice + "\n\n") + doc_to_text, as lm-eval builds it.
`medqa_5options` (not in lm-eval) uses the medqa_4options template with a fifth option E.

Few-shot examples: MMLU takes the first k of its dev split (lm-eval's `first_n` sampler, identical);
the others draw k examples at random from their few-shot split, seeded per question (lm-eval's draw
depends on the order it visits questions, so k-shot prompts there differ in which examples appear).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from medlm.bench.data import MMLU_MEDICAL, PUBMEDQA_LABELS, Item, family_of
from medlm.errors import MedlmError


@dataclass(frozen=True)
class Task:
    name: str
    choices: tuple[str, ...]  # continuation labels (without the target delimiter)
    metrics: tuple[str, ...]  # as lm-eval reports them
    description: str = ""
    fewshot_split: str | None = None  # None: k-shot is not available
    fewshot_first_n: bool = False
    group_alias: str = ""

    @property
    def family(self) -> str:
        return family_of(self.name)[0]


TARGET_DELIMITER = " "
FEWSHOT_DELIMITER = "\n\n"


def _mmlu(subject: str) -> Task:
    pretty = subject.replace("_", " ")
    return Task(
        f"mmlu_{subject}",
        ("A", "B", "C", "D"),
        ("acc",),
        description=f"The following are multiple choice questions (with answers) about {pretty}.\n\n",
        fewshot_split="dev",
        fewshot_first_n=True,
        group_alias=f"{subject} (mmlu)",
    )


TASKS: dict[str, Task] = {
    t.name: t
    for t in [
        Task("medqa_4options", ("A", "B", "C", "D"), ("acc", "acc_norm"), fewshot_split="train"),
        Task("medqa_5options", ("A", "B", "C", "D", "E"), ("acc", "acc_norm"), fewshot_split="train"),
        Task("pubmedqa", PUBMEDQA_LABELS, ("acc",), fewshot_split="trainval"),
        Task("medmcqa", ("A", "B", "C", "D"), ("acc", "acc_norm"), fewshot_split="train"),
        *(_mmlu(s) for s in MMLU_MEDICAL),
    ]
}

# lm-eval's `multimedqa` group (acc, mean weighted by the number of questions)
GROUPS: dict[str, tuple[str, ...]] = {
    "multimedqa": (
        "pubmedqa",
        "medmcqa",
        "medqa_4options",
        "mmlu_anatomy",
        "mmlu_clinical_knowledge",
        "mmlu_college_medicine",
        "mmlu_medical_genetics",
        "mmlu_professional_medicine",
        "mmlu_college_biology",
    ),
    "mmlu_medical": tuple(f"mmlu_{s}" for s in MMLU_MEDICAL),
}
BPB_TASK = "medical_bpb"


def get_task(name: str) -> Task:
    if name not in TASKS:
        known = [*TASKS, *GROUPS, BPB_TASK]
        raise MedlmError(f"unknown benchmark task '{name}' (known: {', '.join(known)})")
    return TASKS[name]


def expand_tasks(names: list[str]) -> list[str]:
    """Task names with groups expanded, in order, without duplicates (BPB_TASK kept as is)."""
    out: list[str] = []
    for name in names:
        members = GROUPS.get(name, (name,))
        for m in members:
            if m != BPB_TASK:
                get_task(m)
            if m not in out:
                out.append(m)
    return out


def doc_to_text(task: Task, item: Item) -> str:
    """The question as lm-eval's doc_to_text renders it."""
    fam = task.family
    if fam == "pubmedqa":
        return f"Abstract: {item.context}\nQuestion: {item.question}\nAnswer:"
    letters = task.choices
    if len(item.options) != len(letters):
        raise MedlmError(f"{task.name}: question {item.id} has {len(item.options)} options, expected {len(letters)}")
    if fam in ("medqa4", "medqa5"):
        options = "".join(f"{k}. {v}\n" for k, v in zip(letters, item.options))
        return f"Question: {item.question}\n{options}Answer:"
    if fam == "medmcqa":
        options = "".join(f"{k}. {v}\n" for k, v in zip(letters, item.options))
        return f"Question: {item.question}\nChoices:\n{options}Answer:"
    if fam == "mmlu":
        options = "".join(f"\n{k}. {v}" for k, v in zip(letters, item.options))
        return f"{item.question.strip()}{options}\nAnswer:"
    raise AssertionError(fam)


def select_fewshot(task: Task, item: Item, pool: list[Item], k: int, seed: int = 1234) -> list[Item]:
    """k few-shot examples for `item` from `pool` (the item itself never among them)."""
    if k <= 0:
        return []
    candidates = [p for p in pool if p.id != item.id or p.question != item.question]
    if len(candidates) < k:
        raise MedlmError(f"{task.name}: {k}-shot needs {k} examples but the few-shot split has {len(candidates)}")
    if task.fewshot_first_n:
        return candidates[:k]
    return random.Random(f"{seed}:{task.name}:{item.id}").sample(candidates, k)


def context_for(task: Task, item: Item, shots: list[Item] = ()) -> str:
    shots_text = "".join(
        doc_to_text(task, s) + TARGET_DELIMITER + task.choices[s.answer] + FEWSHOT_DELIMITER for s in shots
    )
    return task.description + shots_text + doc_to_text(task, item)


def requests_for(task: Task, item: Item, shots: list[Item] = ()) -> tuple[str, list[str]]:
    """(context, continuations): the loglikelihood requests lm-eval issues for this question."""
    return context_for(task, item, shots), [TARGET_DELIMITER + c for c in task.choices]
