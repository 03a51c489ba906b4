"""Chain two normalisation steps into one offset map from the first source to the last text."""

from __future__ import annotations

from ccaudit.normalize.offsets import Edit, NormalizedText


def compose(inner: NormalizedText, outer: NormalizedText) -> NormalizedText:
    """`inner` maps source -> middle, `outer` maps middle -> text; the result maps source -> text.

    Every edit of either step covers a range of the middle text. Ranges that overlap merge
    into one edit. Within a merged range each side's length is the middle length plus the
    growth of that side's own edits; outside them the middle text is unchanged on both sides.
    """
    if not outer.edits:
        return NormalizedText(inner.source, outer.text, inner.edits)
    if not inner.edits:
        return NormalizedText(inner.source, outer.text, outer.edits)
    # (middle start, middle end, growth on the source side, growth on the text side)
    ranges = sorted(
        [
            (e.norm_start, e.norm_end, (e.src_end - e.src_start) - (e.norm_end - e.norm_start), 0)
            for e in inner.edits
        ]
        + [
            (e.src_start, e.src_end, 0, (e.norm_end - e.norm_start) - (e.src_end - e.src_start))
            for e in outer.edits
        ]
    )
    edits: list[Edit] = []
    shift_src = 0
    shift_norm = 0
    i = 0
    while i < len(ranges):
        start, end, grow_src, grow_norm = ranges[i]
        i += 1
        while i < len(ranges) and ranges[i][0] < end:
            end = max(end, ranges[i][1])
            grow_src += ranges[i][2]
            grow_norm += ranges[i][3]
            i += 1
        length = end - start
        edits.append(
            Edit(
                start + shift_norm,
                start + shift_norm + length + grow_norm,
                start + shift_src,
                start + shift_src + length + grow_src,
            )
        )
        shift_src += grow_src
        shift_norm += grow_norm
    return NormalizedText(inner.source, outer.text, tuple(edits))
