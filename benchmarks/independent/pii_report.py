"""Tables and targets for the independent PII evaluation."""

from __future__ import annotations

from benchmarks.independent.scoring import Scores, Tally

NUMBER_ENTITIES = ("CREDIT_CARD", "TH_TNIN", "BANK_ACCOUNT", "PHONE_NUMBER")
SECRET_ENTITIES = ("OTP", "CARD_CVV", "CARD_EXPIRY")
MIN_NUMBER = 0.97
MIN_PERSON_F1 = 0.85
MIN_PERSON_PRECISION_REAL_THAI = 0.90
MIN_SECRET_RECALL = 0.90
HEADER = (
    f"{'':40} {'labels':>6} {'found':>6} {'recall':>6} {'TP':>5} {'FP':>4} {'prec':>6} {'F1':>6}"
)


def num(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"


def row(name: str, t: Tally) -> str:
    return (
        f"{name:40} {t.labels:6d} {t.found:6d} {num(t.recall)} {t.true_positives:5d} "
        f"{t.false_positives:4d} {num(t.precision)} {num(t.f1)}"
    )


def entity_table(title: str, scores: Scores) -> list[str]:
    lines = [title, HEADER]
    lines += [row(entity, tally) for entity, tally in sorted(scores.by_entity.items())]
    lines.append(row("all entities (micro)", scores.total()))
    return lines


def form_table(scores: Scores) -> list[str]:
    lines = ["Per entity and form", HEADER]
    lines += [row(f"{e} / {f}", t) for (e, f), t in sorted(scores.by_form.items())]
    return lines


def language_table(scores: Scores) -> list[str]:
    lines = ["Per entity and language", HEADER]
    lines += [row(f"{e} / {lang}", t) for (e, lang), t in sorted(scores.by_language.items())]
    return lines


def targets(scores: Scores, real_thai: Scores | None) -> list[tuple[str, str, bool]]:
    """(what, measured, met) for issue 12's targets on this half."""
    checks = []
    for entity in NUMBER_ENTITIES:
        tally = scores.by_entity.get(entity)
        if tally:
            checks.append(_number_check(entity, tally))
        for (name, form), t in sorted(scores.by_form.items()):
            if name == entity and t.labels:
                checks.append(_number_check(f"{entity} / {form}", t))
    person = scores.by_entity.get("PERSON")
    if person:
        f1 = person.f1
        checks.append(("PERSON F1 >= 0.85", num(f1), f1 is not None and f1 >= MIN_PERSON_F1))
    if real_thai is not None and real_thai.by_entity.get("PERSON"):
        precision = real_thai.by_entity["PERSON"].precision
        met = precision is not None and precision >= MIN_PERSON_PRECISION_REAL_THAI
        checks.append(("PERSON precision >= 0.90 on real Thai text", num(precision), met))
    for entity in SECRET_ENTITIES:
        tally = scores.by_entity.get(entity)
        if tally and tally.labels:
            recall = tally.recall
            checks.append((f"{entity} recall >= 0.90", num(recall), recall >= MIN_SECRET_RECALL))
    return checks


def _number_check(name: str, tally: Tally) -> tuple[str, str, bool]:
    recall, precision = tally.recall, tally.precision
    met = (recall is None or recall >= MIN_NUMBER) and (
        precision is None or precision >= MIN_NUMBER
    )
    return (f"{name} R,P >= 0.97", f"R {num(recall)} P {num(precision)}", met)


def target_lines(checks: list[tuple[str, str, bool]]) -> list[str]:
    met = sum(ok for _, _, ok in checks)
    lines = [f"Issue 12 targets: {met} of {len(checks)} met"]
    lines += [f"  {'MET ' if ok else 'MISS'} {what:52} {measured}" for what, measured, ok in checks]
    return lines
