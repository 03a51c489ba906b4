"""A chatbot's own name is dropped; a person's whose label or words only look like a bot's is
kept."""

from name_helpers import person_names

from ccaudit.model import Conversation, Turn


def _person_names(detector, turns):
    return person_names(detector, Conversation("c-1", "chat.txt", "text", turns))


def test_a_bot_label_drops_the_name_it_introduces_itself_with(detector):
    turns = [
        Turn(0, "bot", "Hi, I'm Skye ✈️ How can I help today?", "ShopBot"),
        Turn(1, "customer", "hi, I'm Ingrid", "Ingrid"),
        Turn(2, "bot", "Thanks Ingrid, Skye will take it from here", "ShopBot"),
    ]
    assert _person_names(detector, turns) == [(1, "Ingrid"), (2, "Ingrid")]


def test_a_family_name_that_ends_in_bot_is_no_bot(detector):
    turns = [
        Turn(0, "unknown", "Hi, I'm Sarah Talbot", "Sarah Talbot"),
        Turn(1, "agent", "Thanks Sarah Talbot, one moment", "Agent"),
    ]
    assert _person_names(detector, turns) == [(0, "Sarah Talbot"), (1, "Sarah Talbot")]


def test_a_label_marked_auto_is_a_bot(detector):
    turns = [
        Turn(0, "agent", "สวัสดีค่ะ ยินดีต้อนรับสู่ GadgetPro", "น้องใบเตย (Auto)"),
        Turn(1, "customer", "ออเดอร์ยังไม่ได้ของค่ะ", "Customer"),
        Turn(2, "agent", "น้องใบเตยขอตรวจสอบให้นะคะ", "น้องใบเตย (Auto)"),
    ]
    assert _person_names(detector, turns) == []
