"""One conversation rendered into every supported format must yield the same PII findings.

Each renderer writes the conversation the way that vendor exports it; the file is read back
through auto-detection and scanned. Entity type, masked value and speaker role must match
the plain-text rendering exactly (CSV rows carry no roles, so only type and value there).
"""

import csv
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from ccaudit.ingest import ReadOptions, read_conversations
from ccaudit.pii import Detector

EPOCH_MS = 1717707600000


@dataclass(frozen=True)
class Spoken:
    role: str
    start_ms: int
    end_ms: int
    text: str


CALL = [
    Spoken("agent", 0, 3500, "สวัสดีค่ะ ธนาคารตัวอย่าง ยินดีให้บริการค่ะ"),
    Spoken("customer", 3800, 9000, "บัตรเครดิตผมโดนระงับครับ เลขบัตร 4532015112830366 ครับ"),
    Spoken("agent", 9200, 12500, "ขอเลขบัตรประชาชนเพื่อยืนยันตัวตนด้วยค่ะ"),
    Spoken("customer", 12800, 17000, "เลขบัตรประชาชน 1101700207340 ครับ"),
    Spoken("agent", 17200, 20000, "Thank you. Which phone number can we call you back on?"),
    Spoken(
        "customer",
        20300,
        24000,
        "Call me on 081-234-5678 or email somchai.test@example.com please.",
    ),
    Spoken("agent", 24200, 26000, "Thank you for calling Example Bank. Goodbye."),
]
LABEL = {"agent": "Agent", "customer": "Customer"}
SPEAKER = {"agent": "spk_0", "customer": "spk_1"}


def clock(ms: int, separator: str = ".") -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def plain_text() -> str:
    return "".join(f"[{clock(s.start_ms)[:8]}] {LABEL[s.role]}: {s.text}\n" for s in CALL)


def webvtt() -> str:
    cues = [
        f"{clock(s.start_ms)} --> {clock(s.end_ms)}\n<v {LABEL[s.role]}>{s.text}</v>\n"
        for s in CALL
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


def srt() -> str:
    cues = [
        f"{n}\n{clock(s.start_ms, ',')} --> {clock(s.end_ms, ',')}\n{LABEL[s.role]}: {s.text}\n"
        for n, s in enumerate(CALL, start=1)
    ]
    return "\n".join(cues)


def _words(spoken: Spoken) -> list[tuple[str, str]]:
    """(type, content) items the way Transcribe splits a sentence."""
    items = []
    for token in spoken.text.split():
        word, punctuation = re.fullmatch(r"(.*?)([.,?!]?)", token).groups()
        items.append(("pronunciation", word))
        if punctuation:
            items.append(("punctuation", punctuation))
    return items


def _seconds(ms: int) -> str:
    return f"{ms / 1000:.3f}"


def transcribe_items(speaker_on_items: bool) -> dict:
    items, segments = [], []
    for spoken in CALL:
        words = _words(spoken)
        step = (spoken.end_ms - spoken.start_ms) // len(words)
        segment_items = []
        for n, (kind, content) in enumerate(words):
            item = {"type": kind, "alternatives": [{"confidence": "0.9", "content": content}]}
            if kind == "pronunciation":
                start, end = spoken.start_ms + n * step, spoken.start_ms + (n + 1) * step
                item.update(start_time=_seconds(start), end_time=_seconds(end))
                timing = {"start_time": _seconds(start), "end_time": _seconds(end)}
                segment_items.append({**timing, "speaker_label": SPEAKER[spoken.role]})
                if speaker_on_items:
                    item["speaker_label"] = SPEAKER[spoken.role]
            items.append(item)
        segments.append(
            {
                "speaker_label": SPEAKER[spoken.role],
                "start_time": _seconds(spoken.start_ms),
                "end_time": _seconds(spoken.end_ms),
                "items": segment_items,
            }
        )
    results = {
        "transcripts": [{"transcript": " ".join(s.text for s in CALL)}],
        "speaker_labels": {"speakers": 2, "segments": segments},
        "items": items,
    }
    return {"jobName": "equivalence", "results": results, "status": "COMPLETED"}


def transcribe_audio_segments() -> dict:
    document = transcribe_items(speaker_on_items=True)
    document["results"]["audio_segments"] = [
        {
            "id": n,
            "transcript": s.text,
            "start_time": _seconds(s.start_ms),
            "end_time": _seconds(s.end_ms),
            "speaker_label": SPEAKER[s.role],
            "items": [],
        }
        for n, s in enumerate(CALL)
    ]
    return document


def call_analytics() -> dict:
    return {
        "JobName": "equivalence",
        "JobStatus": "COMPLETED",
        "LanguageCode": "th-TH",
        "Channel": "VOICE",
        "Participants": [{"ParticipantRole": "AGENT"}, {"ParticipantRole": "CUSTOMER"}],
        "ContentMetadata": {"Output": "Raw"},
        "Transcript": [
            {
                "Id": f"t-{n}",
                "ParticipantRole": s.role.upper(),
                "BeginOffsetMillis": s.start_ms,
                "EndOffsetMillis": s.end_ms,
                "Content": s.text,
            }
            for n, s in enumerate(CALL)
        ],
    }


def contact_lens() -> dict:
    document = call_analytics()
    for entry in document["Transcript"]:
        entry["ParticipantId"] = entry.pop("ParticipantRole")
    document.update(
        Version="1.1.0",
        Participants=[
            {"ParticipantId": "AGENT", "ParticipantRole": "AGENT"},
            {"ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER"},
        ],
        CustomerMetadata={"ContactId": "equivalence"},
    )
    return document


def ccai_insights() -> dict:
    entries = [
        {
            "text": s.text,
            "role": s.role.upper(),
            "user_id": 2 if s.role == "agent" else 1,
            "start_timestamp_usec": s.start_ms * 1000,
        }
        for s in CALL
    ]
    return {"conversation_info": {"categories": []}, "entries": entries}


def genesys() -> dict:
    phrases = [
        {
            "phraseIndex": n,
            "participantPurpose": "internal" if s.role == "agent" else "external",
            "startTimeMs": EPOCH_MS + s.start_ms,
            "duration": {"milliseconds": s.end_ms - s.start_ms},
            "text": s.text,
            "decoratedText": s.text,
        }
        for n, s in enumerate(CALL)
    ]
    window = {"startTimeMs": EPOCH_MS, "endTimeMs": EPOCH_MS + 60_000}
    return {
        "conversationId": "equivalence",
        "communicationId": "equivalence-1",
        "mediaType": "call",
        "conversationStartTime": EPOCH_MS,
        "participants": [
            {"participantPurpose": "agent", "userId": "agent-1", **window},
            {"participantPurpose": "customer", **window},
        ],
        "transcripts": [{"language": "th-TH", "phrases": phrases}],
    }


def twilio() -> dict:
    sentences = [
        {
            "media_channel": 1 if s.role == "agent" else 2,
            "sentence_index": n,
            "start_time": _seconds(s.start_ms),
            "end_time": _seconds(s.end_ms),
            "transcript": s.text,
            "sid": f"GX{n:032x}",
        }
        for n, s in enumerate(CALL)
    ]
    return {"sentences": sentences, "meta": {"page": 0, "key": "sentences"}}


def _stt_duration(ms: int) -> str:
    return f"{ms / 1000:.3f}s"


def _stt_words(spoken: Spoken, tag: int | None) -> list[dict]:
    tokens = spoken.text.split()
    step = (spoken.end_ms - spoken.start_ms) // len(tokens)
    words = []
    for n, token in enumerate(tokens):
        start = spoken.start_ms + n * step
        word = {"startTime": _stt_duration(start), "endTime": _stt_duration(start + step)}
        words.append({**word, "word": token, **({"speakerTag": tag} if tag else {})})
    return words


def google_stt_diarized() -> dict:
    """v1 diarisation: untagged results, then every word again, tagged, in the last one."""
    tags = {"agent": 1, "customer": 2}
    results = [
        {
            "alternatives": [{"transcript": s.text, "words": _stt_words(s, None)}],
            "resultEndTime": _stt_duration(s.end_ms),
        }
        for s in CALL
    ]
    every_word = [word for s in CALL for word in _stt_words(s, tags[s.role])]
    results.append({"alternatives": [{"words": every_word}]})
    return {"results": results}


def google_stt_channels() -> dict:
    results = [
        {
            "alternatives": [{"transcript": s.text}],
            "channelTag": 1 if s.role == "agent" else 2,
            "resultEndOffset": _stt_duration(s.end_ms),
        }
        for s in CALL
    ]
    return {"results": results}


def zendesk() -> dict:
    comments = [
        {
            "id": n,
            "type": "Comment",
            "author_id": 42 if s.role == "agent" else 9001,
            "public": True,
            "plain_body": s.text,
            "created_at": "2024-06-07T03:00:00Z",
        }
        for n, s in enumerate(CALL, start=1)
    ]
    ticket = {
        "id": 5001,
        "subject": "Card blocked",
        "requester_id": 9001,
        "assignee_id": 42,
        "via": {"channel": "voice"},
        "status": "open",
    }
    return {"ticket": ticket, "comments": comments}


def csv_rows(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Ticket ID", "Subject", "Ticket Description"])
        for n, spoken in enumerate(CALL, start=1):
            writer.writerow([f"T-{n}", "Card blocked", spoken.text])


def as_json(render: Callable[[], dict]) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_text(json.dumps(render(), ensure_ascii=False, indent=1), encoding="utf-8")

    return write


def as_text(render: Callable[[], str]) -> Callable[[Path], None]:
    return lambda path: path.write_text(render(), encoding="utf-8")


def ndjson(path: Path) -> None:
    path.write_text(json.dumps(call_analytics(), ensure_ascii=False) + "\n", encoding="utf-8")


SPEAKER_OPTIONS = ReadOptions(agent_speaker="spk_0")
# name: (file name, writer, read options, the reader auto-detection must pick)
RENDERINGS = {
    "transcribe-audio-segments": (
        "call.json",
        as_json(transcribe_audio_segments),
        SPEAKER_OPTIONS,
        "transcribe",
    ),
    "transcribe-items": (
        "call.json",
        as_json(lambda: transcribe_items(True)),
        SPEAKER_OPTIONS,
        "transcribe",
    ),
    "transcribe-legacy": (
        "call.json",
        as_json(lambda: transcribe_items(False)),
        SPEAKER_OPTIONS,
        "transcribe",
    ),
    "call-analytics": ("call.json", as_json(call_analytics), ReadOptions(), "call-analytics"),
    "contact-lens": ("call.json", as_json(contact_lens), ReadOptions(), "call-analytics"),
    "call-analytics-ndjson": ("calls.ndjson", ndjson, ReadOptions(), "call-analytics"),
    "ccai-insights": ("call.json", as_json(ccai_insights), ReadOptions(), "ccai-insights"),
    "genesys": ("call.json", as_json(genesys), ReadOptions(), "genesys"),
    "twilio": ("call.json", as_json(twilio), ReadOptions(agent_channel="1"), "twilio"),
    "google-stt-diarized": (
        "call.json",
        as_json(google_stt_diarized),
        ReadOptions(agent_speaker="1"),
        "google-stt",
    ),
    "google-stt-channels": (
        "call.json",
        as_json(google_stt_channels),
        ReadOptions(agent_channel="1"),
        "google-stt",
    ),
    "webvtt": ("call.vtt", as_text(webvtt), ReadOptions(), "webvtt"),
    "srt": ("call.srt", as_text(srt), ReadOptions(), "srt"),
    "zendesk": ("ticket.json", as_json(zendesk), ReadOptions(), "zendesk"),
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def scan(path: Path, options: ReadOptions, detector: Detector) -> tuple[Counter, set[str]]:
    findings: Counter = Counter()
    formats = set()
    for conversation in read_conversations(path, str(path), options):
        formats.add(conversation.source_format)
        for finding in detector.scan(conversation):
            findings[(finding.entity_type, finding.masked, finding.speaker)] += 1
    return findings, formats


@pytest.fixture(scope="module")
def expected(tmp_path_factory, detector) -> Counter:
    path = tmp_path_factory.mktemp("plain") / "call.txt"
    as_text(plain_text)(path)
    findings, _ = scan(path, ReadOptions(), detector)
    return findings


def test_plain_text_baseline_finds_every_planted_value(expected):
    by_type = {(entity, role) for entity, _, role in expected}
    for entity in ("CREDIT_CARD", "TH_TNIN", "PHONE_NUMBER", "EMAIL_ADDRESS"):
        assert (entity, "customer") in by_type
    assert ("CREDIT_CARD", "453201******0366", "customer") in expected


@pytest.mark.parametrize("name", sorted(RENDERINGS))
def test_every_format_yields_the_same_findings(name, tmp_path, detector, expected):
    file_name, write, options, reader = RENDERINGS[name]
    path = tmp_path / file_name
    write(path)
    findings, formats = scan(path, options, detector)
    assert formats == {reader}
    assert findings == expected


def test_csv_rows_yield_the_same_values_without_roles(tmp_path, detector, expected):
    path = tmp_path / "tickets.csv"
    csv_rows(path)
    findings, _ = scan(path, ReadOptions(), detector)
    assert without_roles(findings) == without_roles(expected)


def without_roles(findings: Counter) -> Counter:
    return Counter({(entity, masked): n for (entity, masked, _), n in findings.items()})
