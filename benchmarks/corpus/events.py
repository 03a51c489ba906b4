"""What happens in a call: greetings, small talk, and the moments a value is given.

Variants are picked per call language (a Thai call has no spoken English digits), uniformly,
so every variant gets a fair share of each entity.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from benchmarks.corpus import carriers, people, renderings, talk, values
from benchmarks.corpus.negatives import NEGATIVE_VALUES, plant_negative
from benchmarks.corpus.other_values import OTHER_VALUES, languages_of

if TYPE_CHECKING:
    from benchmarks.corpus import CallBuilder

NUMBER_VALUES = {
    "CREDIT_CARD": values.credit_card,
    "TH_TNIN": values.th_tnin,
    "BANK_ACCOUNT": values.bank_account,
    "PHONE_NUMBER": values.phone_number,
}
EVENT_WEIGHTS = {
    "CREDIT_CARD": 3,
    "TH_TNIN": 2.5,
    "BANK_ACCOUNT": 2.5,
    "PHONE_NUMBER": 3,
    "EMAIL_ADDRESS": 1,
    "PERSON": 1.5,
    "CARD_CVV": 1,
    "CARD_EXPIRY": 1,
    "OTP": 1,
    "DATE_OF_BIRTH": 1,
    "PASSPORT": 0.7,
}
READ_BACK = {
    "th": "ทวนนะคะ {v} ถูกต้องไหมคะ",
    "en": "Just to confirm, {v}?",
    "mixed": "ขอ confirm นะคะ {v}",
}
PERSON_TEMPLATES = {
    "thai_title": [
        "ขอบคุณค่ะ คุณ{v}",
        "เรียนสายกับคุณ{v}ใช่ไหมคะ",
        "ชื่อบัญชี นาย{v} ครับ",
        "นางสาว{v} ค่ะ เป็นเจ้าของบัตร",
        "คุณ{v} ได้รับ SMS หรือยังคะ",
    ],
    "thai_self_intro": [
        "สวัสดีค่ะ ดิฉันชื่อ{v}ค่ะ ยินดีให้บริการค่ะ",
        "ผมชื่อ{v}ครับ",
        "ดิฉัน{v} ติดต่อจากธนาคารค่ะ",
        "สวัสดีครับ ผม{v}พูดครับ",
    ],
    "english": [
        "My name is {v}.",
        "Hi, this is {v} speaking, how can I help?",
        "Am I speaking with {v}?",
        "It's {v}, the account holder.",
        "Thank you, Mr. {v}, I'll note that.",
        "Ms. {v}, could you confirm the address?",
    ],
}
# Honorific templates take the family name alone, as English speakers use them.
FAMILY_NAME_ONLY = ("Mr. {v}", "Ms. {v}")


def number_variants(entity: str, language: str) -> list[str]:
    variants = ["plain", "spaced", "hyphenated", "split_turns"]
    if "th" in languages_of(language):
        variants += ["glued_thai", "thai_numerals", "spoken_th"]
    if "en" in languages_of(language):
        variants.append("spoken_en")
    if entity == "PHONE_NUMBER":
        variants.append("international")
    return variants


def plant_call(b: CallBuilder) -> None:
    rng = b.rng
    if rng.random() < 0.6:
        plant_person(b, "agent", self_intro=True)
    else:
        b.say("agent", rng.choice(talk.GREETING[b.language]))
    b.say("customer", rng.choice(talk.CUSTOMER[b.language]))
    entities, weights = zip(*EVENT_WEIGHTS.items(), strict=True)
    plan = [("value", e) for e in rng.choices(entities, weights, k=rng.randint(2, 3))]
    plan += [("negative", k) for k in rng.choices(list(NEGATIVE_VALUES), k=rng.randint(0, 2))]
    rng.shuffle(plan)
    for kind, what in plan:
        b.chat(rng.randint(1, 3))
        if kind == "negative":
            plant_negative(b, what)
        elif what in NUMBER_VALUES:
            plant_number(b, what)
        elif what == "PERSON":
            plant_person(b, rng.choice(["agent", "customer"]), self_intro=False)
        else:
            plant_other(b, what)
    b.chat(rng.randint(0, 2))
    b.say("agent", rng.choice(talk.CLOSING[b.language]))


def plant_number(b: CallBuilder, entity: str) -> None:
    rng = b.rng
    variant = rng.choice(number_variants(entity, b.language))
    number, grouping = NUMBER_VALUES[entity](rng)
    b.say("agent", carriers.ASK[entity][b.language])
    if variant == "split_turns":
        plant_split(b, entity, number, grouping)
        return
    if variant == "international":
        rendered = renderings.international(rng, number, grouping)
    else:
        rendered = renderings.NUMBER_VARIANTS[variant](rng, number, grouping)
    if variant == "glued_thai":
        template = rng.choice(carriers.GLUED[entity])
    else:
        template = rng.choice(carriers.CARRY[entity][b.language])
    template = rng.choice(carriers.LEAD_IN[b.language]) + template
    b.say_value("customer", template, rendered, entity, variant)
    if rng.random() < 0.15 and variant != "glued_thai":
        b.say_value("agent", READ_BACK[b.language], rendered, entity, variant)


def plant_split(b: CallBuilder, entity: str, number: str, grouping: tuple[int, ...]) -> None:
    rng = b.rng
    groups = renderings.groups(number, grouping)
    parts = 3 if len(groups) >= 3 and rng.random() < 0.4 else 2
    cuts = [0, *sorted(rng.sample(range(1, len(groups)), parts - 1)), len(groups)]
    group = b.new_group()
    for i in range(parts):
        if i:
            b.say("agent", rng.choice(talk.BACKCHANNEL[b.language]))
        template = carriers.SPLIT_OPEN[b.language] if i == 0 else carriers.SPLIT_GO_ON[b.language]
        fragment = " ".join(groups[cuts[i] : cuts[i + 1]])
        b.say_value("customer", template, fragment, entity, "split_turns", group)


def plant_person(b: CallBuilder, role: str, self_intro: bool) -> None:
    rng = b.rng
    thai = "th" in languages_of(b.language) and (b.language == "th" or rng.random() < 0.5)
    if thai:
        variant = "thai_self_intro" if self_intro else "thai_title"
        name = people.thai_name(rng, with_family_name=rng.random() < 0.4)
    else:
        variant = "english"
        name = people.english_name(rng, with_family_name=rng.random() < 0.6)
    templates = PERSON_TEMPLATES[variant]
    template = templates[rng.randrange(2)] if self_intro and not thai else rng.choice(templates)
    if any(honorific in template for honorific in FAMILY_NAME_ONLY):
        name = rng.choice(people.ENGLISH_LAST)
    b.say_value(role, template, name, "PERSON", variant)


def plant_other(b: CallBuilder, entity: str) -> None:
    rng = b.rng
    variant, value = OTHER_VALUES[entity](rng, b.language)
    template = rng.choice(carriers.CARRY[entity][b.language])
    if variant == "glued_thai":
        template = rng.choice(carriers.GLUED[entity])
    b.say_value("customer", template, value, entity, variant)
