"""What only typing leaves, and what only a phone call says: a chat told from a call by its text.

A plain-text conversation with no times and no `Channel:` header says what it is in its words:
a chat holds an emoji or emoticon, a sticker or picture marker, a shop's `admin`, a shop or a
handle as a speaker's label (`VOLT_support`, `ร้านกระเป๋า...`, `@shop`), or talk about the chat
itself ("live chat", "X chat here", "click the link", "แชท", "พิมพ์", "แอดมิน"); a call talks
about calling, holding, hearing and recording (a phone number, เบอร์โทรศัพท์, is not calling).
Typing counts only when nothing in the text is said on a phone, but for holding ("please hold
on") in a text that names the chat or the typing itself; "sorry to hear that" is written as
often as said. An opening that names the chat ("welcome to X chat") or a bot speaking makes a
chat whatever else is said.
"""

from __future__ import annotations

import re

from ccaudit.model import Turn

# Emoji (pictographs, symbols, dingbats), stickers or pictures sent in a chat, emoticons. An
# emoticon's lookbehind follows its first character: tried first, it would run at every one.
_TYPED_MARK = re.compile(
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]"
    r"|\[(?i:sticker|image|photo|สติกเกอร์|รูปภาพ|รูป)\]"
    r"|:(?<![\w:]:)-?[)(DPp](?!\w)|;(?<![\w:];)-?[)(DPp](?!\w)|\^[_.]?\^|!!"
)
_TYPED_WORDS = re.compile(
    r"\b(?:chat(?:ting)?"
    r"|click(?:ing)? (?:on|the|here)|tap (?:on|the)|screenshot|screen shot|inbox|dm"
    r"|typ(?:e|ing) (?:in|it|here|below)|typed"
    r"|thank(?:s| you) for contacting|dear customer|lol|thx|pls|plz)\b"
    r"|แชท|พิมพ์|อินบ็อกซ์|แคปหน้าจอ|แคปมา|ทักมา|ทักแชท|ส่งรูป|ส่งสลิป|กดลิงก์|กดลิ้ง|ไลน์แอด"
    r"|ออกจากการสนทนา|แอดมิน"
)
_SPOKEN_WORDS = re.compile(
    r"\b(?:call(?:s|ing|ed)?|on the line|hold(?:ing)?|(?<!to )hear(?:ing)?|record(?:ed|ing)?"
    r"|speaking|voice|phone call|ring(?:ing)?|line is)\b"
    # A phone number (เบอร์โทร, โทรศัพท์) is typed as often as said; calling is said.
    r"|(?<!เบอร์)โทร(?!ศัพท์)|โทรศัพท์(?:มา|ไป|หา|กลับ)"
    r"|ถือสาย|รอสาย|ปลายสาย|สายเข้า|ได้ยิน|เสียง|บันทึก|ฮัลโหล|ฮาโหล|สวัสดีค่ะ ฮัล"
)
_HOLDING = frozenset(("hold", "holding"))
_CHAT_ITSELF = re.compile(
    r"\b(?:chat(?:ting)?|typ(?:e|ing) (?:in|it|here|below)|virtual assistant)\b|แชท"
)
# The agent opening a chat by its name: "welcome to Zypher Mobile chat", "you're chatting with",
# or the chat system saying it began ("Chat started from the app").
_CHAT_OPENING = re.compile(
    r"\bwelcome to (?:[\w'&-]+ ){0,4}(?:live |web )?chat\b"
    r"|\byou(?:'?re| are) (?:now )?chatting with|\bchat (?:session )?(?:started|opened)\b"
)
OPENING_TURNS = 2
_ADMIN_LABEL = re.compile(r"(?i:admin)|แอดมิน")
_SHOP_LABEL = re.compile(
    r"(?i:official|\w_\w|^@|\bshop\b|\bstore\b|\bsupport\b|\bcare\b|\bdesk\b)"
    r"|^ร้าน\S|^เพจ"
)
# Labels a diarizer or a transcriber writes, never a shop's display name: spk_0, speaker_01.
_SPEAKER_ID = re.compile(r"(?i:spk|speaker|ch|channel|agent|customer|caller)[ _-]?\d+$")


# A title line that says what the export is: "Baan Talay Resort — website chat",
# "[LINE] ประวัติการแชทกับ ...", "WhatsApp Chat with ...", "Brightwell's Live Chat - transcript".
_CHAT_TITLE = re.compile(
    r"^\[line\]|\bchat (?:[-–—:] )?(?:with|history|transcript|log|export)\b"
    r"|(?:website|web|live|facebook|line|whatsapp|messenger) chat\s*$|ประวัติการแชท|^แชท",
    re.IGNORECASE,
)
MAX_TITLE = 80
# A chat export puts a line or two (when it was saved, the day) between its title and the chat.
TITLE_REACH = 5


def titled_as_chat(turns: list[Turn]) -> bool:
    """True when the text opens with a title line, nobody's words, that names a chat, and
    speakers' labelled turns follow it."""
    if len(turns) < 2 or turns[0].speaker is not None or len(turns[0].text) > MAX_TITLE:
        return False
    return _CHAT_TITLE.search(turns[0].text.strip()) is not None and any(
        turn.speaker for turn in turns[1:TITLE_REACH]
    )


def typed_marks(turns: list[Turn]) -> bool:
    """True when a turn holds an emoji, a sticker or a shop's admin, a chatbot speaks (a
    call's recorded voice is its IVR) or the opening names the chat, whatever else is said
    ("unlimited calls and texts" is a product, not a call)."""
    labels = {turn.speaker for turn in turns if turn.speaker}
    return (
        any(_ADMIN_LABEL.search(label) for label in labels)
        or any(turn.role == "bot" for turn in turns)
        or _TYPED_MARK.search(_joined(turns)) is not None
        or _CHAT_OPENING.search(_joined(turns[:OPENING_TURNS]).lower()) is not None
    )


def typed_only(turns: list[Turn]) -> bool:
    """Asked once typed_marks found none: True when the turns' labels or words are typed (a
    shop or a handle as a label, talk about the chat) and nothing in them is said on a phone."""
    text = _joined(turns).lower()
    spoken = {m.group() for m in _SPOKEN_WORDS.finditer(text)}
    # A chat's bot asks the customer to hold on too: the chat or the typing it names wins.
    if spoken and not (spoken <= _HOLDING and _CHAT_ITSELF.search(text)):
        return False
    labels = {turn.speaker for turn in turns if turn.speaker}
    return (
        any(_SHOP_LABEL.search(label) and not _SPEAKER_ID.match(label) for label in labels)
        or _TYPED_WORDS.search(text) is not None
    )


def _joined(turns: list[Turn]) -> str:
    """The turns' texts in one, searched at once: no cue reaches over a line break, and one
    stands at a turn's edge as it would at the text's."""
    return "\n".join(turn.text for turn in turns)
