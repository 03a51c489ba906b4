"""A speaker label that is or holds a person's name stays in its turn's text, so that it is
scanned, masked and redacted like any other name; what the speaker said starts after it
(Turn.said), and only that is checked against the script."""

import json

from click.testing import CliRunner

from ccaudit.cli import main
from ccaudit.ingest import ReadOptions, read_conversations

CHAT = (
    "[10:02] Wanida K.: hello, my parcel never came\n"
    "[10:03] Ploy (Northwind Post): Hello, this is Ploy. How can I help you today?\n"
    "[10:04] Wanida K.: my parcel was sent last week\n"
    "[10:05] Ploy (Northwind Post): Thanks for waiting. Anything else I can help with?\n"
    "[10:06] Wanida K.: no thanks\n"
    "[10:07] Ploy (Northwind Post): Thank you for contacting us, goodbye.\n"
)
NAMES = ("Wanida K.", "Ploy")


def turns_of(path):
    (conversation,) = read_conversations(path, str(path), ReadOptions())
    return conversation.turns


def test_a_display_name_label_opens_the_text_and_the_words_follow_it(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    first, second = turns_of(path)[:2]
    assert (first.speaker, first.text[: first.said_from]) == ("Wanida K.", "Wanida K.: ")
    assert first.said == "hello, my parcel never came"
    assert second.said.startswith("Hello, this is Ploy.")
    assert CHAT[first.locator.offset :].startswith(first.text)


def test_names_in_labels_are_found_and_redacted(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "chat.txt").write_text(CHAT, encoding="utf-8")
    scanned = CliRunner().invoke(main, ["scan", "in", "--format", "jsonl", "-q"])
    people = [json.loads(line) for line in scanned.stdout.splitlines()]
    found = {CHAT[f["start"] : f["end"]] for f in people if f["entity_type"] == "PERSON"}
    assert {"Wanida K.", "Ploy"} <= found
    CliRunner().invoke(main, ["redact", "in", "--out", "out", "-q"])
    copy = (tmp_path / "out" / "in" / "chat.txt").read_text(encoding="utf-8")
    assert not any(name in copy for name in NAMES)
    assert copy.count("\n") == CHAT.count("\n")


def test_an_organisation_in_the_agents_label_is_not_the_agent_naming_it(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", str(path), "--rules", "en-support", "--var", "org=Northwind Post",
               "--format", "jsonl", "-q"],
    )  # fmt: skip
    greeting = next(json.loads(r) for r in result.stdout.splitlines() if '"greeting"' in r)
    assert greeting["status"] == "fail"
