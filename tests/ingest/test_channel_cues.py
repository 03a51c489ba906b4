"""A plain-text conversation with no times is a chat when its text holds what only typing
leaves and nothing a phone call says; otherwise its channel stays unknown (checked as a call)."""

import pytest

from ccaudit.ingest import ReadOptions, read_conversations

CHATS = {
    "shop label": (
        "buyer_nok: is the blue kettle in stock\n"
        "teapot_store: yes, 2 left\n"
        "buyer_nok: ok i'll order now\n"
        "teapot_store: thank you!\n"
    ),
    "thai shop label": (
        "ลูกค้า: รองเท้าไซส์ 39 มีไหมคะ\n"
        "ร้านรองเท้าป้าแดง: มีค่ะ\n"
        "ลูกค้า: โอนแล้วนะคะ\n"
        "ร้านรองเท้าป้าแดง: ได้รับแล้วค่ะ\n"
    ),
    "talk about the chat": (
        "Agent: Thanks for contacting Fernleaf Energy, you're in the chat with Mo.\n"
        "Customer: my meter reading looks wrong\n"
        "Agent: Please click on the link below to upload a photo.\n"
    ),
    "the organisation's chat": (
        "Agent: Hello, Marlow Water chat here, I'm Bea.\nCustomer: my bill doubled\n"
    ),
    "dear customer": ("Agent: Dear customer, thank you for contacting Pinecell.\nCustomer: hi\n"),
    "dingbat": ("Agent: Your refund is done ✔\nCustomer: thanks\n"),
    "emoticon": ("เจ้าหน้าที่: เรียบร้อยค่ะ ^_^\nลูกค้า: ขอบคุณค่ะ\n"),
    "emoticon opening a turn": ("Agent: your parcel left today\nCustomer: :) thanks\n"),
    "a chat's bot asks to hold on": (
        "Bot: I'll connect you to one of our team. Please hold on.\n"
        "Agent: Hi, could you type it here for me?\nCustomer: ok\n"
    ),
    "a bot that hands over": (
        "Bot: สวัสดีค่ะ Siam Trust Bank virtual assistant ค่ะ\n"
        "Customer: ขอคุยกับเจ้าหน้าที่\nAgent: สวัสดีค่ะ ยินดีให้บริการค่ะ\n"
    ),
    "a named bot speaks, whatever else is said": (
        "Orbit Bot: Hi! I'm Orbit's virtual assistant. What can I help with?\n"
        "Hannah L: my broadband keeps dropping\n"
        "Orbit Bot: Sorry to hear that. I'm connecting you now.\n"
        "Sam - Orbit Fibre: Hello Hannah, you're with Sam.\n"
        "Sam - Orbit Fibre: Your line is on Fibre 500.\n"
        "Hannah L: ok\n"
    ),
    "the opening names the chat, a product names calls": (
        "Aisha: Hi Sam, welcome to Zypher Mobile chat! I'm Aisha.\n"
        "Sam: how much is roaming in Japan?\n"
        "Aisha: $10 a day for 2GB of data plus unlimited calls and texts back home.\n"
    ),
    "a page's admin in the words, a phone number asked for": (
        "เบล: สวัสดีค่ะ รบกวนขอเบอร์โทรศัพท์ที่ลงทะเบียนไว้ค่ะ\n"
        "ลูกค้า: 0812345678 ค่ะ\n"
        "เบล: แอดมินตรวจสอบให้แล้วนะคะ\n"
    ),
    "sorry to hear, written": (
        "Agent: Welcome to Meridian Savings chat. Sorry to hear that!\nCustomer: thanks\n"
    ),
}
CALLS = {
    "thanks for calling": (
        "Agent: Thanks for calling Fernleaf Energy, this is Mo. Click the link we text you.\n"
        "Customer: sure\n"
    ),
    "thai phone words": ("พนักงาน: รบกวนถือสายสักครู่นะคะ แล้วพิมพ์รหัสไปรษณีย์ในแอปได้เลยค่ะ\nลูกค้า: ค่ะ\n"),
    "generic labels, nothing typed": ("Agent: how can I help\nCustomer: my bill is too high\n"),
    "speaker ids": ("spk_0: good morning\nspk_1: hi i lost my card\n"),
    "a chat mentioned later in a call": (
        "Agent: Thanks for calling Zypher Mobile, this is Aisha.\n"
        "Customer: hi\n"
        "Agent: you can also reach us in the app: welcome to Zypher chat is the first screen.\n"
    ),
    "a chat named in a call's later sentence": (
        "Agent: Welcome to Zypher Mobile. To chat with us online visit our website. Thanks for"
        " calling, this is Sam speaking.\nCustomer: hi, the phone line keeps dropping\n"
    ),
    "calling back by telephone": ("พนักงาน: สวัสดีค่ะ แอดมินเพจนะคะ เดี๋ยวโทรศัพท์กลับไปนะคะ\nลูกค้า: ค่ะ\n"),
    "an incoming call in the header": (
        "# ศูนย์บัตรเอเชียพลัส | สายเข้า | 2024-06-02 14:11\nพนักงาน: ครับ แจ้งเรื่องอะไรครับ\n"
        "ลูกค้า: ส่งสลิปไปแล้วค่ะ\n"
    ),
    "holding on a call that names no chat": (
        "Agent: please hold on while I check\nCustomer: ok thx\n"
    ),
}


def channel_of(tmp_path, text):
    path = tmp_path / "conversation.txt"
    path.write_text(text, encoding="utf-8")
    (conversation,) = read_conversations(path, str(path), ReadOptions())
    return conversation.channel


@pytest.mark.parametrize("name", CHATS)
def test_what_only_typing_leaves_makes_a_chat(tmp_path, name):
    assert channel_of(tmp_path, CHATS[name]) == "chat"


@pytest.mark.parametrize("name", CALLS)
def test_phone_words_or_nothing_typed_keep_it_unknown(tmp_path, name):
    assert channel_of(tmp_path, CALLS[name]) == "unknown"


def test_an_emoji_is_typing_whatever_else_is_said(tmp_path):
    text = "Rep: one moment, I'll put you on hold 🙂\nCust: ok\n"
    assert channel_of(tmp_path, text) == "chat"
