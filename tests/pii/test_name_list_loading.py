"""The name lists load when a text needs them, and all of them before the process forks."""

import subprocess
import sys

PROBE = """
import os, sys
from ccaudit.model import Conversation, Turn
from ccaudit.pii import Detector
from ccaudit.pii.names.english_lists import family_names, given_names
from ccaudit.pii.names.thai_lists import name_lists

detector = Detector()
def scan(*texts):
    turns = [Turn(i, "customer", text) for i, text in enumerate(texts)]
    return detector.scan(Conversation("c", "c.txt", "text", turns))
def loaded():
    thai = name_lists.cache_info().currsize == 1
    census = given_names.cache_info().currsize + family_names.cache_info().currsize == 2
    return "thai=%s census=%s" % (thai, census)
{body}
"""


def run_probe(body: str) -> list[str]:
    code = PROBE.replace("{body}", body)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_english_text_loads_no_thai_list_nor_pythainlp():
    out = run_probe(
        "print(loaded())\n"
        "findings = scan('can i get a slot with diane holloway on tuesday')\n"
        "print(loaded(), [f.entity_type for f in findings], 'pythainlp' in sys.modules)"
    )
    assert out == ["thai=False", "census=False", "thai=False", "census=True", "['PERSON']", "False"]


def test_thai_text_loads_no_census_list():
    out = run_probe("findings = scan('ดิฉันชื่อสมศรีค่ะ')\nprint(loaded(), len(findings))")
    assert out == ["thai=True", "census=False", "1"]


def test_a_fork_loads_every_list_first():
    out = run_probe(
        "pid = os.fork()\nif pid == 0:\n    os._exit(0)\nos.waitpid(pid, 0)\nprint(loaded())"
    )
    assert out == ["thai=True", "census=True"]


def test_the_english_given_names_hold_names_newer_than_the_census_and_from_other_countries():
    from ccaudit.pii.names.english_lists import is_listed_given

    assert all(is_listed_given(name) for name in ("liam", "aoife", "rhys", "declan", "priya"))
    # Everyday words among them count only where the frame is strong.
    assert not is_listed_given("forum") and is_listed_given("forum", strong=True)
