"""One recognizer per entity, each declaring its entity's facts; ccaudit.pii.registry lists
them."""
