"""Keys for gold labels (tests/gold/README.md): a short substring of a
digest line, found once on it, that locates a claim without copying the
sentence. Shared by the random samplers."""

MARKUP = set("*`[]()#>|_~")


def key_for(text, raw_line, forbidden=frozenset()):
    """The first substring of `text` (10, 12, 8 or 6 code points) without
    markup or a character of `forbidden` that occurs exactly once on
    `raw_line`; None when there is none."""
    for length in (10, 12, 8, 6):
        for start in range(0, max(1, len(text) - length + 1)):
            key = text[start:start + length]
            if len(key) < min(length, len(text)) or key != key.strip():
                continue
            if any(c in MARKUP or c in forbidden for c in key):
                continue
            if raw_line.count(key) == 1:
                return key
    return None
