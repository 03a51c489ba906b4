import hashlib
from dataclasses import replace

from audit_samples import INFO

from ccaudit.ingest import ReadOptions
from ccaudit.pipeline.audit import analysis_signature, file_digest


def test_signature_changes_with_anything_that_changes_what_is_stored():
    base = analysis_signature(INFO, ReadOptions(), b"key-1")
    assert base == analysis_signature(INFO, ReadOptions(), b"key-1")
    newer_pack = replace(INFO, rule_packs=[{"pack": "th-banking", "version": "1.3.0"}])
    variants = [
        analysis_signature(INFO, ReadOptions(), b"key-2"),
        analysis_signature(INFO, ReadOptions(), None),
        analysis_signature(newer_pack, ReadOptions(), b"key-1"),
        analysis_signature(replace(INFO, tool_version="0.2.0"), ReadOptions(), b"key-1"),
        analysis_signature(INFO, ReadOptions(agent_map={"c": "A"}), b"key-1"),
    ]
    assert base not in variants and len(set(variants)) == len(variants)
    assert "key-1" not in base


def test_file_digest_and_size(tmp_path):
    path = tmp_path / "call.txt"
    path.write_bytes(b"Agent: hello\n")
    plain, size = file_digest(path, None)
    keyed, _ = file_digest(path, b"key-1")
    assert size == 13 and len(plain) == len(keyed) == 64
    assert plain == hashlib.sha256(b"Agent: hello\n").hexdigest()
    assert keyed not in (plain, file_digest(path, b"key-2")[0])
