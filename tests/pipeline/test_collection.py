import gc

from ccaudit.pipeline import collection


def test_the_program_resumes_the_collector_for_the_batch_collecting_less_often():
    threshold = gc.get_threshold()
    try:
        collection.pause_while_starting()
        assert not gc.isenabled()
        collection.resume_for_the_batch()
        assert gc.isenabled()
        assert gc.get_threshold()[0] == collection.BATCH_YOUNG_THRESHOLD
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()
        gc.enable()
