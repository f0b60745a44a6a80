"""The charter's light Markdown as blocks of formatted runs, for the DOCX and PDF writers. Pure Python, no Qt.

The charter editor stores what QTextDocument.toMarkdown() writes: "#" headings, **bold**, *italic*, "- "
bullets and "1. " numbered lists, with backslash escapes for any character that would otherwise mean
markup (Qt writes "\\*", "\\[", "1\\." and "\\#"). A hard line break is two trailing spaces or a trailing
backslash; any other single newline inside a paragraph is a space, as in every Markdown reader (and in the
editor, which shows such lines joined).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import NamedTuple


class Run(NamedTuple):
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Block:
    kind: str  # "heading", "paragraph", "bullet", "numbered"
    runs: tuple[Run, ...]
    level: int = 0  # heading: 1-6; lists: nesting depth, 0 for the outermost
    number: int | None = None  # numbered: the number the author wrote

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+(.*)$")
_NUMBERED = re.compile(r"^([ \t]*)(\d{1,9})[.)][ \t]+(.*)$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")


def parse_blocks(text: str) -> list[Block]:
    """Light Markdown to blocks, in reading order. Blank input gives no blocks."""
    blocks: list[Block] = []
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # The block being gathered: its kind, level, number and source lines (joined at the end).
    current: dict | None = None
    list_indents: list[int] = []
    in_fence = False

    def finish() -> None:
        nonlocal current
        if current is None:
            return
        if current["kind"] == "code":
            runs = (Run("\n".join(current["lines"])),)
            kind = "paragraph"
        else:
            runs = tuple(parse_inline(_join_lines(current["lines"])))
            kind = current["kind"]
        if any(run.text.strip() for run in runs) or kind in ("bullet", "numbered"):
            blocks.append(Block(kind, runs, current["level"], current["number"]))
        current = None

    for raw in lines:
        if in_fence:
            if _FENCE.match(raw):
                in_fence = False
                finish()
            else:
                current["lines"].append(raw)
            continue
        if _FENCE.match(raw):
            finish()
            in_fence = True
            current = {"kind": "code", "level": 0, "number": None, "lines": []}
            continue
        line = _QUOTE.sub("", raw)  # a quotation reads as its own words
        if not line.strip():
            finish()
            continue
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line)
        numbered = _NUMBERED.match(line)
        if heading:
            finish()
            list_indents.clear()
            current = {"kind": "heading", "level": len(heading.group(1)), "number": None,
                       "lines": [heading.group(2) or ""]}
            finish()  # a heading is always one line
        elif _RULE.match(line):  # a horizontal rule: nothing to print
            finish()
        elif bullet or numbered:
            finish()
            indent = _indent(bullet.group(1) if bullet else numbered.group(1))
            while list_indents and list_indents[-1] > indent:
                list_indents.pop()
            if not list_indents or list_indents[-1] < indent:
                list_indents.append(indent)
            level = len(list_indents) - 1
            if bullet:
                current = {"kind": "bullet", "level": level, "number": None, "lines": [bullet.group(2)]}
            else:
                current = {"kind": "numbered", "level": level, "number": int(numbered.group(2)),
                           "lines": [numbered.group(3)]}
        elif current is not None and current["kind"] != "heading":
            current["lines"].append(line)
        else:
            finish()
            if not line.startswith((" ", "\t")):
                list_indents.clear()
            current = {"kind": "paragraph", "level": 0, "number": None, "lines": [line]}
    finish()
    return blocks


def _indent(whitespace: str) -> int:
    return len(whitespace.replace("\t", "    "))


def _join_lines(lines: list[str]) -> str:
    """A block's source lines as one text: a hard break becomes "\\n", any other line end a space."""
    out = []
    for n, line in enumerate(lines):
        if n == len(lines) - 1:
            out.append(line.strip())
        elif line.endswith("  "):
            out.append(line.strip() + "\n")
        elif line.endswith("\\") and (len(line) - len(line.rstrip("\\"))) % 2:  # an even run is escaped backslashes
            out.append(line[:-1].strip() + "\n")
        else:
            out.append(line.strip() + " ")
    return "".join(out)


# --- inline: escapes, code spans, links, emphasis -------------------------------------------------------

_PUNCTUATION = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")


class _Delim:
    __slots__ = ("char", "count", "can_open", "can_close", "bold", "italic")

    def __init__(self, char: str, count: int, can_open: bool, can_close: bool):
        self.char, self.count, self.can_open, self.can_close = char, count, can_open, can_close
        self.bold = self.italic = 0


class _Text:
    __slots__ = ("text", "bold", "italic")

    def __init__(self, text: str):
        self.text = text
        self.bold = self.italic = 0


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _is_punct(ch: str) -> bool:
    import unicodedata

    return ch in _PUNCTUATION or (ch != "" and unicodedata.category(ch).startswith("P"))


def _tokens(text: str) -> list:
    """Text pieces and runs of * or _ that may open or close emphasis (CommonMark's flanking rules)."""
    tokens: list = []
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            tokens.append(_Text("".join(buffer)))
            buffer.clear()

    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in _PUNCTUATION:
            buffer.append(text[i + 1])
            i += 2
            continue
        if ch == "`":
            ticks = len(text[i:]) - len(text[i:].lstrip("`"))
            close = text.find("`" * ticks, i + ticks)
            while close != -1 and close + ticks < n and text[close + ticks] == "`":
                close = text.find("`" * ticks, close + ticks + 1)
            if close != -1:
                code = text[i + ticks:close]
                if code.startswith(" ") and code.endswith(" ") and code.strip():
                    code = code[1:-1]
                buffer.append(code)
                i = close + ticks
                continue
            buffer.append("`" * ticks)
            i += ticks
            continue
        if ch == "[":
            link = _LINK.match(text, i)
            if link:
                label, url = link.group(1), link.group(2)
                flush()
                tokens.extend(_tokens(label))
                if url and url not in (label, f"mailto:{label}"):
                    buffer.append(f" ({url})")
                i = link.end()
                continue
        if ch == "<":
            auto = _AUTOLINK.match(text, i)
            if auto:
                buffer.append(auto.group(1))
                i = auto.end()
                continue
        if ch == "&":
            entity = _ENTITY.match(text, i)
            if entity:
                buffer.append(html.unescape(entity.group(0)))
                i = entity.end()
                continue
        if ch in "*_":
            j = i
            while j < n and text[j] == ch:
                j += 1
            before = text[i - 1] if i > 0 else ""
            after = text[j] if j < n else ""
            left = not _is_space(after) and (not _is_punct(after) or _is_space(before) or _is_punct(before))
            right = not _is_space(before) and (not _is_punct(before) or _is_space(after) or _is_punct(after))
            if ch == "*":
                can_open, can_close = left, right
            else:  # "_" inside a word (snake_case, a_b_c) is a letter, not emphasis
                can_open = left and (not right or _is_punct(before))
                can_close = right and (not left or _is_punct(after))
            flush()
            tokens.append(_Delim(ch, j - i, can_open, can_close))
            i = j
            continue
        buffer.append(ch)
        i += 1
    flush()
    return tokens


def _match_emphasis(tokens: list) -> None:
    """Pair openers with closers (CommonMark's process-emphasis, simplified) and mark what lies between."""
    openers: list[int] = []
    for j, closer in enumerate(tokens):
        if not isinstance(closer, _Delim):
            continue
        while closer.count and closer.can_close:
            found = None
            for k in range(len(openers) - 1, -1, -1):
                opener = tokens[openers[k]]
                if opener.char != closer.char or not opener.count:
                    continue
                both = (opener.can_open and opener.can_close) or (closer.can_open and closer.can_close)
                if both and (opener.count + closer.count) % 3 == 0 and not (
                        opener.count % 3 == 0 and closer.count % 3 == 0):
                    continue  # the "rule of 3": **a*b** is bold a*b, not nested italics
                found = k
                break
            if found is None:
                break
            i = openers[found]
            opener = tokens[i]
            used = 2 if opener.count >= 2 and closer.count >= 2 else 1
            for token in tokens[i + 1:j]:
                if used == 2:
                    token.bold += 1
                else:
                    token.italic += 1
            opener.count -= used
            closer.count -= used
            del openers[found + 1:]  # delimiters between them can no longer pair across
            if not opener.count:
                del openers[found]
        if closer.count and closer.can_open:
            openers.append(j)


def parse_inline(text: str) -> list[Run]:
    """One block's text as runs of (text, bold, italic), escapes resolved, emphasis marks removed."""
    tokens = _tokens(text or "")
    _match_emphasis(tokens)
    runs: list[Run] = []
    for token in tokens:
        piece = token.text if isinstance(token, _Text) else token.char * token.count
        if not piece:
            continue
        style = (token.bold > 0, token.italic > 0)
        if runs and (runs[-1].bold, runs[-1].italic) == style:
            runs[-1] = Run(runs[-1].text + piece, *style)
        else:
            runs.append(Run(piece, *style))
    return runs


def plain(text: str) -> str:
    """The words a reader sees, blocks separated by newlines (for a cell or a one-line summary)."""
    return "\n".join(block.text for block in parse_blocks(text))
