"""How often the name finder reports a name in text that holds none: ordinary Thai and English
words after each cue, places and brands, and chat-like sentences without a name.

Precision on text the finder was not tuned to is the risk with cue-based names: this looks
at words it has never been shown. The words come from pythainlp's bundled Thai National
Corpus frequencies and its English loan words (read offline); a word that the name lists hold, or
that is a nickname as well as a word, is left out, so every hit is worth a look. It prints
the count per cue and frame, and with --examples the texts themselves (dictionary words, no
one's data).

    .venv/bin/python benchmarks/person_false_positives.py --examples 5
"""

from __future__ import annotations

import argparse
import os
import random
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from ccaudit.pii.names.english_lists import family_names, given_names  # noqa: E402
from ccaudit.pii.names.finder import name_spans  # noqa: E402
from ccaudit.pii.names.thai_lists import dictionary_words, name_lists  # noqa: E402

WORDS_PER_CUE = 400
COMMON_THAI_WORDS = 8000
# Weak cues only: after a title, ชื่อ or "named" any word is taken for a name, by design.
# {cue} then {word}: glued and closed by more of a sentence, spaced, and said alone.
THAI_FRAMES = ("{cue}{word}ไม่ได้ครับ", "{cue} {word} แล้วค่ะ", "{cue}{word}ค่ะ")
THAI_CUES = (
    "คุณ", "ผม", "ดิฉัน", "ฉัน", "หนู", "พี่", "น้อง", "ลุง", "ป้า", "น้า", "ครู", "หมอ", "ช่าง",
    "แอดมิน", "อาจารย์", "เจ๊", "จนท.", "เจ้าหน้าที่", "พนักงาน",
)  # fmt: skip
# Lower-case as ASR writes, and written with the cue opening a sentence.
ENGLISH_FRAMES = ("{cue} {word} and then", "{cue} {word}.", "{Cue} {word} and then.")
ENGLISH_CUES = (
    "this is", "it's", "i'm", "im", "hi", "hello", "thanks", "thank you", "dear", "my wife",
    "my friend", "the agent", "the driver", "called", "with", "to", "for", "from",
    "he's", "she is", "is this", "welcome", "meet", "ask for", "bye", "cust", "agt",
)  # fmt: skip
THAI_PLACES_AND_BRANDS = (
    "ทรู", "ดีแทค", "เอไอเอส", "เซเว่น", "ลาซาด้า", "ช้อปปี้", "แกร็บ", "ไลน์แมน", "โลตัส",
    "บิ๊กซี", "แม็คโคร", "เทสโก้", "สยามพารากอน", "เซ็นทรัล", "เดอะมอลล์", "ไอคอนสยาม", "โฮมโปร",
    "ไทวัสดุ", "บุญถาวร", "ฟู้ดแพนด้า", "เคอรี่", "แฟลช", "ไปรษณีย์ไทย", "การไฟฟ้า", "การประปา",
    "สุวรรณภูมิ", "ดอนเมือง", "สีลม", "สาทร", "อโศก", "บางนา", "ลาดพร้าว", "รังสิต", "บางกะปิ",
    "พระราม", "เพชรบุรี", "สุขุมวิท", "รัชดา", "ปิ่นเกล้า", "งามวงศ์วาน", "แจ้งวัฒนะ",
    "วิภาวดี", "เมืองทอง", "หัวหิน", "พัทยา", "เชียงใหม่", "ภูเก็ต", "โคราช", "อุดร", "ขอนแก่น",
)  # fmt: skip
PLACE_FRAMES = ("ไปสาขา{word}ค่ะ", "คุณอยู่{word}ใช่ไหมคะ", "พี่{word}ค่ะ", "น้อง{word}ส่งของแล้ว")
# Chat and call lines without a name, in the ways names are cued.
THAI_SENTENCES = (
    "ผมโอนเงินไปแล้วครับ", "ดิฉันสมัครแพ็กเกจใหม่ค่ะ", "คุณรอสักครู่นะคะ", "พี่ช่วยเช็คให้หน่อยค่ะ",
    "น้องแอดมินตอบช้ามาก", "ลุงไม่ได้ใช้แอปค่ะ", "ป้าโทรมาแจ้งแล้ว", "ชื่อบัญชีไม่ตรงค่ะ",
    "ชื่อผู้ใช้ลืมครับ", "คุณลูกค้าต้องการยกเลิกไหมคะ", "ผมอยากเปลี่ยนเบอร์ครับ",
    "หนูไม่เข้าใจค่ะ", "ฉันโดนตัดเงินสองรอบ", "นายกฯ แถลงข่าววันนี้", "รัฐมนตรีว่าการกระทรวงการคลัง",
    "ผู้ว่าราชการจังหวัดมาเปิดงาน", "ผู้จัดการสาขาโทรกลับแล้ว", "คุณสมบัติของบัตรนี้คืออะไรคะ",
    "พี่ๆ ช่วยดูให้หน่อย", "ช่างแอร์มาแล้วค่ะ", "หมอฟันนัดวันพุธ", "พยาบาลเวรดึกโทรมา",
    "ผมว่าไม่น่าใช่นะครับ", "คุณแม่ใช้บัตรเสริมค่ะ", "พี่สาวผมเป็นคนจ่ายครับ", "น้องชายยืมบัตรไป",
)  # fmt: skip
ENGLISH_SENTENCES = (
    "this is ridiculous i've been waiting an hour", "im gonna cancel the card then",
    "thanks for your patience", "hi there can you help", "it's pending since monday",
    "my wife said it was fine", "the driver left it at the gate", "is this the billing line",
    "Thanks Again For Your Help", "Dear Valued Customer", "speaking with the bank now",
    "welcome back to online banking", "he's out of the country", "she is on holiday",
    "called support twice already", "transfer to savings please", "Meet Our Advisors",
    "The Prime Minister said", "the governor announced", "Hello Kitty card design",
    "my friend recommended you", "i'm locked out again", "thanks so much guys",
    "this is urgent please call back", "im not sure", "its fine now", "thats all for today",
)  # fmt: skip


def thai_words(rng: random.Random) -> list[str]:
    """Words of the Thai National Corpus's commonest, in no name list (so no known nickname)."""
    from pythainlp.corpus.tnc import word_freqs

    given, family = name_lists()
    names = given.names | family.names
    ranked = sorted(word_freqs(), key=lambda pair: (-pair[1], pair[0]))[:COMMON_THAI_WORDS]
    # The corpus's own segmentation leaves pieces of words (เปร, ตระ): dictionary words only.
    words = [w for w, _ in ranked if w in dictionary_words() and w not in names]
    return rng.sample(words, WORDS_PER_CUE)


def english_words(rng: random.Random) -> list[str]:
    """English words pythainlp lists as everyday loan words, no census name among them."""
    tsv = Path(__import__("pythainlp").__file__).parent / "corpus/th_en_transliteration_v1.4.tsv"
    words = set()
    for line in tsv.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) == 3 and fields[2] == "True" and fields[1].isalpha():
            words.add(fields[1].lower())
    return rng.sample(sorted(words - given_names() - family_names()), WORDS_PER_CUE)


def texts(rng: random.Random) -> Iterator[tuple[str, str]]:
    """(group, text) pairs: the group is the cue and frame, or the kind of sentence."""
    thai, english = thai_words(rng), english_words(rng)
    for cue in THAI_CUES:
        for frame in THAI_FRAMES:
            for word in thai:
                yield f"th {frame.format(cue=cue, word='…')}", frame.format(cue=cue, word=word)
    for cue in ENGLISH_CUES:
        for frame in ENGLISH_FRAMES:
            for word in english:
                text = frame.format(cue=cue, word=word, Cue=cue.capitalize())
                yield f"en {frame.format(cue=cue, word='…', Cue=cue.capitalize())}", text
    for frame in PLACE_FRAMES:
        for word in THAI_PLACES_AND_BRANDS:
            yield f"place {frame.format(word='…')}", frame.format(word=word)
    for sentence in THAI_SENTENCES:
        yield "th sentence", sentence
    for sentence in ENGLISH_SENTENCES:
        yield "en sentence", sentence


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=0, help="texts to show per group")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    counts: dict[str, list[int]] = {}
    shown: dict[str, list[str]] = {}
    for group, text in texts(random.Random(args.seed)):
        spans = name_spans(text)
        count = counts.setdefault(group, [0, 0])
        count[1] += 1
        if spans:
            count[0] += 1
            found = ", ".join(text[s.start : s.end] for s in spans)
            shown.setdefault(group, []).append(f"    {text}  ->  {found}")
    total_hits = sum(hits for hits, _ in counts.values())
    total = sum(n for _, n in counts.values())
    for group, (hits, n) in sorted(counts.items(), key=lambda item: -item[1][0]):
        if hits:
            print(f"{hits:5d} / {n:5d}  {group}")
            for line in shown[group][: args.examples]:
                print(line)
    print(f"{total_hits} of {total} texts without a name were given one")


if __name__ == "__main__":
    main()
