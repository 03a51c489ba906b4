"""English words near names that tell a person from a business, a brand or a place.

A name found after a cue is dropped when an organisation word is part of it or follows it
(`name Happy Home Co., Ltd.`, `Reframe Hair Gallery`, `Wanchai Photography`), when it is a
brand that begins with a title (Mr. DIY, Mr Clean), and it stops before words that often
follow a cue but are no name (`this is urgent`, `thanks again`).
"""

from __future__ import annotations

ORGANISATION_WORDS = frozenset(
    (
        "co", "ltd", "inc", "llc", "plc", "corp", "corporation", "company", "limited", "group",
        "holdings", "bank", "banking", "hotel", "hotels", "resort", "clinic", "hospital", "spa",
        "salon", "gallery", "studio", "studios", "photography", "rental", "rentals", "travel",
        "travels", "tours", "insurance", "assurance", "services", "service", "shop", "store",
        "stores", "mart", "market", "restaurant", "cafe", "bakery", "kitchen", "foods", "motors",
        "motor", "auto", "garage", "dental", "pharmacy", "airways", "airlines", "airline",
        "express", "logistics", "telecom", "mobile", "broadband", "energy", "water", "electric",
        "finance", "financial", "capital", "credit", "card", "cards", "solutions", "systems",
        "technologies", "academy", "school", "university", "college", "institute", "foundation",
        "association", "club", "centre", "center", "official", "thailand", "helpdesk", "desk",
        "team", "support", "department", "body", "repair", "repairs", "cleaning", "plumbing",
        "construction", "consulting", "trading", "enterprise", "enterprises", "bot", "chatbot",
        "bed", "breakfast", "inn", "lodge", "guesthouse", "hostel", "apartments", "condo",
        "retreat", "villa", "villas", "residence", "residences", "suites", "homestay", "boutique",
        "reservations", "reception", "concierge", "bookings", "society", "insure", "homes",
        "management", "realty", "estates", "fibre", "fiber", "assist",
        "assistant", "refunds", "claims", "billing", "payments", "accounts", "orders", "vine",
        "building", "partners", "trust", "savings", "mutual", "utilities", "housing", "delivery",
        "skincare", "beauty", "cosmetics", "fashion", "apparel", "electronics", "furniture",
        "international", "affairs", "relations", "faculty", "officer", "juristic",
        "restoration", "vendor", "online", "federal", "wireless", "communications", "networks",
        "medical", "lending", "loans", "mortgage", "mortgages", "securities", "investments",
        "handmade", "crafts", "portal", "resolutions", "unit", "office", "section", "division",
        "bureau", "closet", "wardrobe", "outlet",
    )
)  # fmt: skip
# Brands and characters named with a title, not people.
BRANDS_AFTER_TITLES = frozenset(("diy", "clean", "muscle", "bean", "coffee", "potato", "kipling"))
# Nationalities, capitalised after "is" or "i'm" as a name would be (`husband is Australian`).
NATIONALITIES = frozenset(
    (
        "australian", "british", "canadian", "irish", "scottish", "welsh", "italian", "spanish",
        "dutch", "swiss", "swedish", "danish", "norwegian", "finnish", "russian", "polish",
        "japanese", "korean", "vietnamese", "malaysian", "singaporean", "filipino", "indonesian",
        "burmese", "laotian", "cambodian", "taiwanese", "mexican", "brazilian", "european",
        "asian", "african", "thai", "chinese", "indian", "american", "french", "german"
    )
)  # fmt: skip
# Words that follow "this is", "it's", "thanks" or "hi" and are not names, though capitalised
# at a sentence start or in a heading; and places and months the census lists as given names.
OTHER_WORDS_AFTER_CUES = frozenset(
    (
        "regards", "sincerely", "cheers", "rgds", "pls", "plz", "thx", "joint",
        "again", "happy", "glad", "goodbye", "bye", "welcome", "everyone", "everybody", "there",
        "all", "both", "guys", "folks", "team", "urgent", "valued", "esteemed", "respected",
        "beloved", "loyal", "fellow", "dearest",
        "important", "correct", "right", "wrong", "fine", "good", "great", "perfect", "awesome",
        "amazing", "excellent", "lovely", "brilliant", "cool", "alright", "ready", "done", "ok",
        "okay", "yes", "no", "nope", "sure", "true", "actually", "definitely", "absolutely",
        "probably", "maybe", "calling", "ringing", "speaking", "writing", "texting", "messaging",
        "following", "regarding", "about", "because", "morning", "afternoon", "evening", "night",
        "today", "tomorrow", "yesterday", "now", "later", "soon", "still", "also", "much", "lot",
        "lots", "bunch", "bit", "little", "way", "kind", "sort", "please", "kindly", "sorry",
        "thank", "thanks", "america", "american", "china", "chinese", "france", "french", "india",
        "indian", "florida", "virginia", "carolina", "georgia", "paris", "asia", "german", "manual",
        "santa", "diamond", "israel", "jordan", "nevada", "lincoln", "madison", "dakota", "houston",
        "dallas", "denver", "orlando", "sydney", "victoria", "cleveland", "columbus", "austin",
        "phoenix", "raleigh", "kenya", "argentina", "alberta", "hong", "kong", "delta", "alpha",
        "omega", "echo", "nova", "meta", "mercedes", "jan", "january", "sept", "september", "jesus",
        "god", "lord", "mr", "mrs", "ms", "mx", "miss", "dr", "khun", "nong", "sir", "madam",
        "client", "customer", "caller", "visitor", "patient", "guest", "driver", "rider", "user",
        "member", "cardmember", "cardholder", "speaker", "agent", "staff", "host", "buyer",
        "seller", "passenger", "insured", "applicant", "requester", "phone", "mobile", "email",
        "address", "contact", "description", "note", "notes", "subject", "status", "priority",
        "sent", "date", "cc", "bcc", "received", "forwarded", "assoc", "asst", "person", "encik",
        "puan", "cik", "tuan",
        "ref", "reference", "order", "tags", "group", "summary", "action", "details", "info", "id",
        "passport", "dob", "ka", "kha", "krub", "krab", "khrap", "kub", "na", "ja", "jaa", "naka",
        "nakha", "md", "psy", "psyd", "phd", "dds", "rn", "jr", "sr", "ii", "iii", "esq",
        "cvv", "cvc", "otp", "pin", "sms", "atm", "iban", "swift", "vat"
    )
) | NATIONALITIES  # fmt: skip
# Places above that are given names too: one is a name before a listed family name
# (`Opened by: Jordan Kessler`, `my name is madison clark`).
PLACE_GIVEN_NAMES = frozenset(
    (
        "virginia", "carolina", "georgia", "paris", "israel", "jordan", "lincoln", "madison",
        "dakota", "houston", "dallas", "denver", "orlando", "sydney", "victoria", "cleveland",
        "austin", "phoenix", "raleigh", "kenya", "alberta", "mercedes", "florida", "nevada",
    )
)  # fmt: skip
# What "this is" or "i'm" says of a thing or a person at the end of a sentence, not a name.
STATES = frozenset(
    (
        "sure", "ready", "late", "busy", "sick", "ill", "home", "back", "new", "old", "free",
        "single", "married", "alone", "lost", "stuck", "confused", "tired", "fine", "bad", "nice",
        "mine", "yours", "it", "crazy", "insane", "weird", "stupid", "ridiculous", "unacceptable",
        "expensive", "cheap", "fraud", "wrong", "right", "true", "false", "real", "fake", "serious",
        "unfair", "strange", "odd", "new", "open", "closed", "broken", "slow", "fast", "safe",
        "scam", "spam", "me", "him", "her", "them", "us", "everything", "nothing", "all", "ok",
        "okay", "well", "good", "great", "hard", "easy", "awful", "terrible", "horrible", "worse",
        "better", "best", "worst", "enough", "correct", "incorrect", "done", "over", "finished",
        "afraid", "sorry", "glad", "happy", "sad", "upset", "angry", "mad", "worried", "scared",
        "calling", "waiting", "holding", "online", "offline", "available", "unavailable", "away",
        "out", "in", "there", "here", "outside", "inside", "abroad", "overseas", "pregnant",
        "retired", "unemployed", "deaf", "blind", "disabled", "elderly", "young", "student",
        "customer", "agent", "manager", "supervisor", "new", "urgent", "important", "normal"
    )
)  # fmt: skip
