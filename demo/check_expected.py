#!/usr/bin/env python3
"""Checks that demo/expected/*.jsonl agree with the files in demo/corpus/.

Run from anywhere: python3 demo/check_expected.py
Standard library only. Exit status 0 when everything agrees, 1 otherwise (problems are printed).
It checks the expected values against the raw files (decoded, tags stripped for HTML); it does not
run Annalist's cleaner. Golden tests in the Java modules do that.
"""
import json
import sys
from html.parser import HTMLParser
from pathlib import Path

DEMO = Path(__file__).resolve().parent
CORPUS = DEMO / "corpus"
EXPECTED = DEMO / "expected"
BLOCK_FREE = {"a", "span", "em", "strong", "time", "cite", "small", "b", "i", "button", "input"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style")
        if tag not in BLOCK_FREE:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(markup):
    parser = _Text()
    parser.feed(markup)
    return "".join(parser.parts)


def decode(data):
    """Returns (text, charset) the way the ingest reader is expected to decode the bytes."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "UTF-8 (BOM)"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252"), "windows-1252"


def flat(s):
    return " ".join(s.split())


def load_sources():
    """Maps 'path' or 'path#record' to the visible text of that article."""
    sources = {}
    for f in sorted(CORPUS.rglob("*")):
        if not f.is_file():
            continue
        rel = f.relative_to(CORPUS).as_posix()
        text, _ = decode(f.read_bytes())
        text = text.replace("\r\n", "\n")
        if f.suffix == ".jsonl":
            for n, line in enumerate(text.splitlines(), start=1):
                rec = json.loads(line)
                key = rec.get("id") or f"line {n}"
                body = rec.get("text") or html_text(rec.get("html", ""))
                meta = " ".join(str(rec.get(k) or "") for k in ("title", "outlet", "published"))
                sources[f"{rel}#{key}"] = body + "\n" + meta
        elif f.suffix == ".html":
            sources[rel] = html_text(text) + "\n" + text  # visible text plus the head's metadata
        else:
            sources[rel] = text
    return sources


def main():
    sources = load_sources()
    problems = []
    seen = set()
    for n, line in enumerate((EXPECTED / "articles.jsonl").read_text("utf-8").splitlines(), 1):
        e = json.loads(line)
        key = e["file"] if e["record"] is None else f"{e['file']}#{e['record']}"
        seen.add(key)
        src = sources.get(key)
        if src is None:
            problems.append(f"articles.jsonl:{n}: no such article {key}")
            continue
        fsrc = flat(src)
        for field in ("body_first", "body_last", "title", "byline"):
            if e[field] and flat(e[field]) not in fsrc:
                problems.append(f"{key}: {field} not found: {e[field]!r}")
        if e["outlet"] and e["outlet"] not in src:
            problems.append(f"{key}: outlet not found: {e['outlet']!r}")
        for s in e["not_in_body"] + e["must_keep"]:
            if flat(s) not in fsrc:
                problems.append(f"{key}: string not found: {s!r}")
        if not 3 <= len(e["not_in_body"]) <= 6 or not 1 <= len(e["must_keep"]) <= 3:
            problems.append(f"{key}: need 3-6 not_in_body and 1-3 must_keep strings")
    for key in sources:
        if key not in seen:
            problems.append(f"{key}: article has no line in articles.jsonl")
    for name in ("same-event.jsonl", "near-duplicates.jsonl", "distinct-events.jsonl"):
        for n, line in enumerate((EXPECTED / name).read_text("utf-8").splitlines(), 1):
            for f in json.loads(line)["files"]:
                if f not in sources:
                    problems.append(f"{name}:{n}: no such article {f}")
    for p in problems:
        print(p)
    print(f"{len(seen)} articles checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
