"""What the PERSON finder found in a conversation, as its turns spell it."""

from ccaudit.model import Conversation
from ccaudit.pii import Detector


def person_names(detector: Detector, conversation: Conversation) -> list[tuple[int, str]]:
    """(turn, text) of each PERSON found."""
    found = []
    for finding in detector.scan(conversation):
        if finding.entity_type == "PERSON":
            turn = conversation.turns[finding.turn]
            start, end = turn.text_span(finding.start, finding.end)
            found.append((finding.turn, turn.text[start:end]))
    return found
