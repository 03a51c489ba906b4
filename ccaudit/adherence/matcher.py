"""Find concepts in a turn: every wording of every concept a pack uses, in one pass.

All literal pieces of all phrases ("atoms") go into one Aho-Corasick automaton, searched once
per turn over the folded text and once over its Thai skeleton (see tokens.py); a phrase is
then its atoms in a row, with `...` gaps of a few words and `{name}` slots of one word; an
`{alone}` slot is a name said as a unit of its own (see tokens.py), and may be a phrase part
by itself.
English words the lexicon does not know are first corrected to the nearest lexicon word when
they are one slip away ("anythin" -> "anything", "recordd" -> "recorded"), with rapidfuzz;
a Latin atom may also end in an inflection ("record" matches "recorded", "records").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
from rapidfuzz import fuzz, process

from ccaudit.adherence.keys import Key, build_key, phrase_key
from ccaudit.adherence.lexicon import (
    PLACEHOLDER,
    SLOTS,
    Concept,
    ConceptError,
    Lexicon,
    expand_phrase,
    reachable,
)
from ccaudit.adherence.tokens import (
    TurnWords,
    in_dictionary,
    is_given_name,
    is_latin,
    is_stopword,
    skeleton,
    turn_words,
)
from ccaudit.thai_script import THAI_CHARACTER

GAP = "..."
GAP_WORDS = 8
INFLECTIONS = frozenset({"s", "es", "ed", "d", "ing"})
# Thai atoms shorter than this must sit on word edges (ขอ is not in ขอบคุณ); longer ones may
# start or end inside a word, because newmm may segment a compound (การบันทึกเสียง) as one.
MIN_FREE_THAI = 6
# A shorter skeleton says too little: many words share it.
MIN_SKELETON = 4
MIN_CORRECTED = 5
# A name said alone is at most this many words (ASR may cut "ณัฐธยา" into ณัฐ|ธ|ยา).
ALONE_WORDS = 3
# Slots that take a whole unit, and the slot its first word must fill.
ALONE = {
    "alone": "name",
    "brand_alone": "brand",
    "polite_alone": "name",
    "polite_brand_alone": "brand",
}
# ... and those whose unit must end with a polite particle ("Mook ค่ะ", not "Mook?").
POLITE_ALONE = frozenset({"polite_alone", "polite_brand_alone"})
CORRECTION_SCORE = 85
COMMON_WORDS = "common_words"
# A name before these is the speaker's own (`Mook here ค่ะ`), not a brand's; so is one after
# these (`ผม Ken ครับ`, `ดิฉัน Ploy ค่ะ`, `I'm Dana`), as written.
_OWN_NAME_AFTER = frozenset({"here", "speaking"})
_OWN_NAME_BEFORE = frozenset({"ผม", "ดิฉัน", "ดิชั้น", "หนู", "ชื่อ", "m", "am"})
_CACHE_TEXTS = 2048


@dataclass(frozen=True)
class Hit:
    start: int  # first word
    end: int  # one past the last word
    label: str  # the phrase (or phrases) that matched, as written


@dataclass(frozen=True)
class _Atom:
    key: str
    skeleton: str
    first_latin: bool
    last_latin: bool
    short: bool


@dataclass(frozen=True)
class _Phrase:
    label: str
    parts: tuple[tuple[int | str, ...], ...]  # atom ids and slots ("name", "brand")


@dataclass(frozen=True)
class _Concept:
    phrases: tuple[_Phrase, ...]
    any: tuple[str, ...]
    near: tuple[str, ...]
    in_order: bool
    one_clause: bool
    span: int
    unless: tuple[str, ...]
    unless_span: int
    unless_before_only: bool
    at_start: bool
    # Each phrase under the first atom it needs: a turn lacking that atom skips the phrase.
    anchored: dict[int, tuple[_Phrase, ...]]
    unanchored: tuple[_Phrase, ...]  # phrases that start with {alone}


class _Analysis:
    """One turn as one matcher sees it; concept hits are worked out when first asked for."""

    def __init__(self, base: TurnWords, occurrences: dict):
        self.words = base.words
        self.written = base.written
        self.clauses = base.clauses
        self.units = base.units
        self.closed = base.closed
        self.polite = base.polite
        self.occurrences = occurrences  # atom -> {first word: one past the last word}
        self.parts: dict[tuple, list[tuple[int, int]]] = {}
        self.concepts: dict[str, list[Hit]] = {}


class Matcher:
    """The compiled concepts of one pack (lexicon plus the pack's own), with its variables."""

    def __init__(self, lexicon: Lexicon, roots: Iterable[str], values: dict[str, tuple[str, ...]]):
        self._atoms: list[_Atom] = []
        self._atom_ids: dict[str, int] = {}
        self._atom_words: set[str] = set()
        self._concepts: dict[str, _Concept] = {}
        for name in reachable(lexicon, roots):
            self._concepts[name] = self._compile(lexicon, name, values)
        self._folded = _automaton((a.key, i) for i, a in enumerate(self._atoms))
        self._skeletons = _automaton(
            (a.skeleton, i)
            for i, a in enumerate(self._atoms)
            if a.skeleton != a.key and len(a.skeleton) >= MIN_SKELETON
        )
        atom_words = self._atom_words
        self._vocabulary = sorted(w for w in atom_words if _english(w))
        self._known = frozenset(self._vocabulary)
        clipped: dict[str, list[str]] = {}
        for word in self._vocabulary:
            if len(word) == MIN_CORRECTED:
                clipped.setdefault(word[:-1], []).append(word)
        self._clipped = {short: full[0] for short, full in clipped.items() if len(full) == 1}
        common = lexicon.concepts.get(COMMON_WORDS)
        listed = {w for p in common.phrases for w in turn_words(p).written} if common else set()
        self._common = frozenset(listed)
        self._lexicon_english = frozenset(w for w in atom_words if _english(w))
        self._lexicon_words = _lexicon_words(lexicon)
        self._corrections: dict[str, str] = {}
        self._cache: dict[str, _Analysis] = {}
        self._wordings: dict[tuple[str, bool], tuple[str, ...]] = {}

    def phrases(self, concept: str, thai_first: bool = False) -> tuple[str, ...]:
        """The concept's wordings (its own, then those of the concepts it accepts), with
        those in Thai first when asked; kept, as a failing rule's reason asks for them on
        every call."""
        key = (concept, thai_first)
        if key not in self._wordings:
            compiled = self._concepts[concept]
            out = [p.label for p in compiled.phrases]
            for ref in compiled.any + compiled.near:
                out += self.phrases(ref)
            if thai_first:
                thai = [p for p in out if THAI_CHARACTER.search(p)]
                out = thai + [p for p in out if not THAI_CHARACTER.search(p)]
            self._wordings[key] = tuple(out)
        return self._wordings[key]

    def hits(self, text: str, concept: str) -> list[Hit]:
        return self._concept_hits(self._analyse(text), concept)

    # Compiling.

    def _compile(self, lexicon: Lexicon, name: str, values) -> _Concept:
        concept = lexicon.concepts[name]
        for variable in concept.variables():
            if variable not in values:
                raise ConceptError(f"concept {name!r}: unknown variable {{{variable}}}")
        phrases = tuple(
            self._phrase(text, name) for p in concept.phrases for text in expand_phrase(p, values)
        )
        any_of = concept.any
        if concept.phrases and not phrases and not concept.near:
            any_of += concept.otherwise
        anchored: dict[int, list[_Phrase]] = {}
        unanchored = []
        for phrase in phrases:
            anchor = next((e for e in phrase.parts[0] if isinstance(e, int)), None)
            if anchor is None:
                unanchored.append(phrase)
            else:
                anchored.setdefault(anchor, []).append(phrase)
        return _Concept(
            phrases,
            any_of,
            concept.near,
            concept.in_order,
            concept.one_clause,
            concept.span,
            concept.unless,
            concept.unless_span,
            concept.unless_side == "before",
            concept.at_start,
            {atom: tuple(group) for atom, group in anchored.items()},
            tuple(unanchored),
        )

    def _phrase(self, text: str, concept: str) -> _Phrase:
        parts = []
        for piece in text.split(GAP):
            part: list[int | str] = []
            position = 0
            for slot in PLACEHOLDER.finditer(piece):
                if slot.group(1) not in SLOTS:
                    raise ConceptError(f"concept {concept!r}: unknown variable {slot.group()}")
                part += self._atoms_of(piece[position : slot.start()])
                part.append(slot.group(1))
                position = slot.end()
            part += self._atoms_of(piece[position:])
            if part:
                lone = len(part) == 1 and part[0] in ALONE
                if not lone and any(element in ALONE for element in part):
                    raise ConceptError(f"concept {concept!r}: {{alone}} is a part of its own")
                if not lone and all(isinstance(element, str) for element in part):
                    raise ConceptError(f"concept {concept!r}: phrase {text!r} has only slots")
                parts.append(tuple(part))
        if not parts:
            raise ConceptError(f"concept {concept!r}: phrase {text!r} has no words to match")
        return _Phrase(text, tuple(parts))

    def _atoms_of(self, text: str) -> list[int]:
        words = turn_words(text).words
        if not words:
            return []
        self._atom_words.update(words)
        key = phrase_key(words)
        if key not in self._atom_ids:
            self._atom_ids[key] = len(self._atoms)
            self._atoms.append(
                _Atom(
                    key,
                    phrase_key([w if is_latin(w) else skeleton(w) or w for w in words]),
                    is_latin(key),
                    key[-1].isascii(),
                    not is_latin(key) and len(key) < MIN_FREE_THAI,
                )
            )
        return [self._atom_ids[key]]

    # Matching.

    def _analyse(self, text: str) -> _Analysis:
        analysis = self._cache.get(text)
        if analysis is not None:
            return analysis
        base = turn_words(text)
        words = tuple(self._corrected(w) for w in base.words)
        occurrences: dict[int, dict[int, int]] = {}
        if words and len(self._folded):
            guessed = {i for i, w in enumerate(words) if not is_latin(w) and not in_dictionary(w)}
            folded = build_key(words)
            self._collect(self._folded, folded, False, guessed, occurrences)
            if len(self._skeletons):
                skeletons = build_key([w if is_latin(w) else skeleton(w) or w for w in words])
                self._collect(self._skeletons, skeletons, True, guessed, occurrences)
        analysis = _Analysis(base, occurrences)
        if len(self._cache) >= _CACHE_TEXTS:
            self._cache.clear()
        self._cache[text] = analysis
        return analysis

    def _corrected(self, word: str) -> str:
        if len(word) == MIN_CORRECTED - 1 and word not in self._known and _english(word):
            # ASR often drops a word's last letter ("birt"): only that is undone for 4 letters.
            return self._clipped.get(word, word)
        if len(word) < MIN_CORRECTED or word in self._known or not _english(word):
            return word
        if word not in self._corrections:
            best = process.extractOne(
                word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=CORRECTION_SCORE
            )
            self._corrections[word] = best[0] if best else word
        return self._corrections[word]

    def _collect(self, automaton, key: Key, skeletons: bool, guessed: set, occurrences) -> None:
        for last, atom_ids in automaton.iter(key.text):
            for atom_id in atom_ids:
                atom = self._atoms[atom_id]
                start = last + 1 - len(atom.skeleton if skeletons else atom.key)
                span = _words_of(key, start, last + 1, atom, guessed, skeletons)
                if span is not None:
                    found = occurrences.setdefault(atom_id, {})
                    found[span[0]] = max(found.get(span[0], 0), span[1])

    def _concept_hits(self, analysis: _Analysis, name: str) -> list[Hit]:
        hits = analysis.concepts.get(name)
        if hits is not None:
            return hits
        concept = self._concepts[name]
        hits = []
        found, anchored = analysis.occurrences, concept.anchored
        smaller, other = (anchored, found) if len(anchored) < len(found) else (found, anchored)
        for atom in smaller:
            if atom in other:
                for phrase in anchored[atom]:
                    hits += self._phrase_hits(analysis, phrase)
        for phrase in concept.unanchored:
            hits += self._phrase_hits(analysis, phrase)
        for ref in concept.any:
            hits += self._concept_hits(analysis, ref)
        if concept.near:
            hits += self._near_hits(analysis, concept)
        if concept.at_start:
            hits = [h for h in hits if h.start == 0]
        if concept.unless and hits:
            warnings = [h for ref in concept.unless for h in self._concept_hits(analysis, ref)]
            hits = [h for h in hits if not _cancelled(h, warnings, concept, analysis)]
        hits.sort(key=lambda h: (h.start, h.end))
        analysis.concepts[name] = hits
        return hits

    def _phrase_hits(self, analysis: _Analysis, phrase: _Phrase) -> list[Hit]:
        hits = []
        for start, end in self._part_spans(analysis, phrase.parts[0]):
            position = end
            for part in phrase.parts[1:]:
                following = [
                    span
                    for span in self._part_spans(analysis, part)
                    if position <= span[0] <= position + GAP_WORDS
                ]
                if not following:
                    break
                position = min(following)[1]
            else:
                hits.append(Hit(start, position, phrase.label))
        return hits

    def _part_spans(self, analysis: _Analysis, part: tuple) -> list[tuple[int, int]]:
        spans = analysis.parts.get(part)
        if spans is not None:
            return spans
        if part[0] in ALONE:
            ends = analysis.polite if part[0] in POLITE_ALONE else analysis.closed
            spans = analysis.parts[part] = self._alone_spans(analysis, ALONE[part[0]], ends)
            return spans
        spans = []
        first = next(i for i, element in enumerate(part) if isinstance(element, int))
        words = analysis.words
        for atom_start, atom_end in analysis.occurrences.get(part[first], {}).items():
            start = atom_start - first
            before = zip(part[:first], range(max(start, 0), atom_start), strict=False)
            if start < 0 or not all(self._fills(slot, analysis, i) for slot, i in before):
                continue
            position = atom_end
            for element in part[first + 1 :]:
                if isinstance(element, str):
                    ok = position < len(words) and self._fills(element, analysis, position)
                    position = position + 1 if ok else -1
                else:
                    position = analysis.occurrences.get(element, {}).get(position, -1)
                if position < 0:
                    break
            else:
                spans.append((start, position))
        analysis.parts[part] = spans
        return spans

    def _near_hits(self, analysis: _Analysis, concept: _Concept) -> list[Hit]:
        groups = [self._concept_hits(analysis, ref) for ref in concept.near]
        if not all(groups):
            return []
        clauses = analysis.clauses
        if concept.one_clause:
            groups = [
                [h for h in group if clauses[h.start] == clauses[h.end - 1]] for group in groups
            ]
        hits = []
        for anchor in groups[0]:
            chosen = [anchor]
            for group in groups[1:]:
                after = chosen[-1].end
                options = [h for h in group if h.start >= after] if concept.in_order else group
                if concept.one_clause:
                    options = [h for h in options if clauses[h.start] == clauses[anchor.start]]
                if not options:
                    break
                chosen.append(min(options, key=lambda h: abs(h.start - anchor.start)))
            if len(chosen) < len(groups):
                continue
            between = max(h.start for h in chosen) - min(h.end for h in chosen)
            if between <= concept.span:
                start, end = min(h.start for h in chosen), max(h.end for h in chosen)
                hits.append(Hit(start, end, " + ".join(h.label for h in chosen)))
        return hits

    def _alone_spans(self, analysis: _Analysis, first: str, ends) -> list[tuple[int, int]]:
        """Units closed as `ends` says, of one to ALONE_WORDS words that can be a name: the
        first word fills the slot `first`, and no word is a common word, a number or a word
        of the lexicon's phrases ("ธนาคารX ค่ะ รอสักครู่ค่ะ" does not name the agent รอ); a
        brand's later words may be ("Tops Online ค่ะ")."""
        spans = []
        start = 0
        units = analysis.units
        while start < len(units):
            end = start + 1
            while end < len(units) and units[end] == units[start]:
                end += 1
            if (
                units[start] in ends
                and end - start <= ALONE_WORDS
                and self._fills(first, analysis, start)
                and (first != "brand" or self._coined(analysis.words[start]))
                and not any(
                    self._common_or_known(analysis, i)
                    for i in range(start, start + 1 if first == "brand" else end)
                )
                and not (first == "brand" and analysis.words[end - 1] in _OWN_NAME_AFTER)
                and not (first == "brand" and start and _own_name_before(analysis, start))
            ):
                spans.append((start, end))
            start = end
        return spans

    @staticmethod
    def _coined(word: str) -> bool:
        """Latin, or Thai that is no dictionary word: "DealDee ค่ะ" answers with a brand, "อ๋อ
        ค่ะ" or "รับทราบค่ะ" does not."""
        return is_latin(word) or not in_dictionary(word)

    def _common_or_known(self, analysis: _Analysis, index: int) -> bool:
        word, written = analysis.words[index], analysis.written[index]
        return word.isdigit() or written in self._common or word in self._lexicon_words

    def _fills(self, slot: str, analysis: _Analysis, index: int) -> bool:
        """Whether the turn's word at index can fill a name slot (see lexicon.SLOTS)."""
        word, written = analysis.words[index], analysis.written[index]
        if len(word) < 2 or word.isdigit() or written in self._common:
            return False
        if slot == "word":
            return True
        if slot == "person":
            return is_given_name(written)
        if slot == "person_opening":
            opens = index == 0 or analysis.units[index] != analysis.units[index - 1]
            return opens and is_given_name(written)
        if word in self._lexicon_english or is_stopword(written):
            return False
        return slot == "name" or not is_given_name(written)


def _own_name_before(analysis: _Analysis, start: int) -> bool:
    return analysis.written[start - 1] in _OWN_NAME_BEFORE


def _lexicon_words(lexicon: Lexicon) -> frozenset[str]:
    """Every word of every phrase of the lexicon (placeholders left out)."""
    return frozenset().union(*(_concept_words(c) for c in lexicon.concepts.values()))


@lru_cache(maxsize=4096)
def _concept_words(concept: Concept) -> frozenset[str]:
    """Kept per concept: the packs share the lexicon's concepts."""
    found: set[str] = set()
    for phrase in concept.phrases:
        found.update(turn_words(PLACEHOLDER.sub(" ", phrase.replace(GAP, " "))).words)
    return frozenset(found)


def _automaton(entries: Iterable[tuple[str, int]]):
    automaton = ahocorasick.Automaton()
    for key, atom_id in entries:
        found = automaton.get(key, None)
        automaton.add_word(key, (*found, atom_id) if found else (atom_id,))
    if len(automaton):
        automaton.make_automaton()
    return automaton


def _words_of(
    key: Key, start: int, end: int, atom: _Atom, guessed: set, skeletons: bool
) -> tuple[int, int] | None:
    """The words an atom found at key.text[start:end] covers, if it sits on the right edges.
    A short Thai atom may start or end, and an atom found by its skeleton (which many words
    share) may start, only inside a word newmm guessed at (a name, a misspelling), not inside
    a dictionary word (เบี้ย is not in ดอกเบี้ย, มรายการ not in ร่วมรายการ)."""
    first, last = key.word_at[start], key.word_at[end - 1]
    short_start = (atom.short or skeletons) and first not in guessed
    if (atom.first_latin or short_start) and key.starts[first] != start:
        return None
    short_end = atom.short and last not in guessed
    if key.ends[last] != end:
        rest = key.text[end : key.ends[last]]
        if atom.last_latin and rest not in INFLECTIONS:
            return None
        # A longer Thai atom may end inside a compound, where a word could end: ต่อ|มา, not
        # in the middle of one (ให้ is not in ใหม่).
        if short_end or not (atom.last_latin or last in guessed or in_dictionary(rest)):
            return None
    return first, last + 1


def _cancelled(hit: Hit, warnings: list[Hit], concept: _Concept, analysis: _Analysis) -> bool:
    """A warning cue overlapping the hit, or with fewer than unless_span words between them
    and no sentence break: a full stop, or a polite particle closing the cue's words before
    the hit ("เช็คให้นะครับ เคลมนี้อนุมัติแล้ว" tells the claim after the offer)."""
    clauses, units = analysis.clauses, analysis.units
    for warning in warnings:
        if warning.end <= hit.start:
            near = hit.start - warning.end < concept.unless_span
            last = units[warning.end - 1]
            same = clauses[warning.end - 1] == clauses[hit.start] and not (
                last in analysis.polite and last != units[hit.start]
            )
        elif warning.start >= hit.end:
            if concept.unless_before_only:
                continue
            near = warning.start - hit.end < concept.unless_span
            same = clauses[hit.end - 1] == clauses[warning.start]
        else:
            near = same = True
        if near and same:
            return True
    return False


__all__ = ["ConceptError", "Hit", "Matcher"]


def _english(word: str) -> bool:
    return word.isascii() and word.isalpha()
