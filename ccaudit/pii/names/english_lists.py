"""English given and family names (the US census 1990 lists the `names` package ships, and the
given names Faker's English-speaking locales list: newer names the census lacks, `liam`,
`aoife`, `rhys`, and Indian and New Zealand ones), and the words that are never a name however
they are written.

The lists are evidence, not the test: a word after "Mr" or "my name is" need not be listed,
but a lower-case word after "thanks" or "this is" must be, since ASR text has no capitals to
tell `will` from `Will`. Census names that are also everyday words (`may`, `grant`, `hope`)
count as listed only where the frame is strong.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from pathlib import Path

import names as census
from spacy.lang.en.stop_words import STOP_WORDS

# Everyday words that the census lists as names, which follow "hi", "thanks" or "this is"
# in a contact centre far more often as words than as names.
EVERYDAY_WORDS_LISTED_AS_NAMES = frozenset(
    (
        "april", "august", "june", "may", "will", "grant", "hope", "faith", "joy", "grace", "mark",
        "bill", "rich", "long", "young", "major", "page", "love", "chance", "summer", "winter",
        "autumn", "spring", "dawn", "sunny", "honey", "man", "son", "guy", "king", "queen",
        "prince", "lady", "chase", "drew", "ray", "rose", "star", "sun", "moon", "gay", "so", "an",
        "in", "my", "ma", "pa", "ha", "un", "see", "else", "many", "ok", "sir", "art", "bob", "don",
        "sandy", "sterling", "golden", "lane", "early", "fair", "christian", "noble", "precious",
        "royal", "merry", "trinity", "miles", "lucky", "cash", "penny", "angel", "baby", "carry",
        "marry", "spencer", "sharp", "bell", "price", "said", "mo", "lee", "van", "ward", "wood",
        "hill", "green", "brown", "white", "black", "gray", "grey", "stone", "rivers", "banks",
        "street", "church", "house", "law", "field", "fields", "barn", "cross", "power", "booker",
        "carter", "parker", "porter", "walker", "baker", "cook", "fisher", "foster", "hunter",
        "mason", "miller", "turner", "day", "holiday", "nice", "service", "rep", "like",
        "forum", "mare", "om", "eta", "ati", "che", "cal", "archer", "cooper", "harper", "hudson",
        "phoenix", "pierce", "poppy", "indie", "brooklyn", "kingston", "zion", "ryder", "lava",
        "sai",
    )
)  # fmt: skip
# Words after a cue that are not a name in any casing: the cues' own company in a contact
# centre (greetings, thanks, departments, products, months and days) and spaCy's stop words.
CONTACT_CENTRE_WORDS = frozenset(
    (
        "thank", "thanks", "sorry", "yes", "yeah", "yep", "no", "okay", "ok", "sure", "hello", "hi",
        "hey", "good", "great", "fine", "calling", "speaking", "ringing", "here", "there", "this",
        "that", "the", "a", "an", "it", "not", "very", "really", "just", "so", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "bank", "banking", "card", "cards", "credit", "debit", "customer", "customers", "support",
        "service", "services", "care", "team", "department", "desk", "help", "fraud", "billing",
        "sales", "technical", "account", "accounts", "online", "mobile", "app", "rewards",
        "collections", "claims", "security", "visa", "mastercard", "amex", "discover", "diners",
        "unionpay", "platinum", "gold", "silver", "titanium", "classic", "premier", "signature",
        "infinite", "black", "world", "thai", "thailand", "bangkok", "english", "center", "centre",
        "office", "branch", "line", "hotline", "chat", "live", "agent", "manager", "officer",
        "staff", "company", "ltd", "co", "inc", "group", "shop", "store", "official", "page",
        "admin", "bot", "system", "assistant", "everyone", "everybody", "somebody", "anybody",
        "sir", "madam", "maam", "ma'am", "dear", "all", "guys", "retention", "escalations",
        "onboarding", "underwriting", "loyalty", "disputes", "recoveries", "complaints",
        "renewals", "activations", "provisioning", "dispatch", "warranty", "returns", "refunds",
        "visit", "visits", "callout", "install", "installation", "repair", "repairs",
        "appointment", "inspection", "survey",
    )
)  # fmt: skip
NOT_NAME_WORDS = CONTACT_CENTRE_WORDS | STOP_WORDS


# Faker's locales whose given names English-speaking callers have; its family names are left
# out, since they hold everyday words (`date`, `convey`) that would lengthen a name.
_FAKER_LOCALES = ("en_US", "en_GB", "en_IE", "en_IN", "en_NZ")


@cache
def given_names() -> frozenset[str]:
    """Lower-case given names, female and male."""
    return _census_list("first:female") | _census_list("first:male") | _faker_given_names()


@cache
def family_names() -> frozenset[str]:
    return _census_list("last")


def is_listed_given(word: str, strong: bool = False) -> bool:
    """`word` (lower case) is a census given name; an everyday word only where `strong`."""
    return word in given_names() and (strong or word not in EVERYDAY_WORDS_LISTED_AS_NAMES)


def is_listed_family(word: str, strong: bool = False) -> bool:
    return word in family_names() and (strong or word not in EVERYDAY_WORDS_LISTED_AS_NAMES)


def _faker_given_names() -> frozenset[str]:
    found: set[str] = set()
    for locale in _FAKER_LOCALES:
        provider = import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            found.update(name.lower() for name in getattr(provider, attribute, ()))
    return frozenset(name for name in found if name.isalpha())


def _census_list(key: str) -> frozenset[str]:
    # One name a line, upper case, then its three frequency columns: every fourth word.
    text = Path(census.FILES[key]).read_text(encoding="ascii")
    return frozenset(text.lower().split()[::4])
