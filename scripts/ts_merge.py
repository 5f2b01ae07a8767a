"""Fill the unfinished messages of a Qt .ts file from other .ts files (same context and
source text, else paragraph by paragraph): after a merge of branches that each translated their own new strings,
``make i18n-update`` then ``ts_merge.py i18n/peuplement_fr.ts OTHER.ts…`` keeps every
translation without hand-resolving XML conflicts."""

import sys
import xml.etree.ElementTree as ET


def translations(path):
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") != "unfinished":
                found[(name, message.find("source").text)] = translation.text
    return found


def paragraphs(known):
    """(context, paragraph) → translated paragraph, from the messages whose source and
    translation have as many paragraphs (blank-line separated): a long help text changed
    in one paragraph by each of two branches is then translated from both."""
    found = {}
    for (name, source), text in known.items():
        source_parts, text_parts = source.split("\n\n"), text.split("\n\n")
        if len(source_parts) == len(text_parts):
            for part, translated in zip(source_parts, text_parts):
                found.setdefault((name, part), translated)
    return found


def by_paragraph(name, source, known_paragraphs):
    parts = [known_paragraphs.get((name, part)) for part in source.split("\n\n")]
    return "\n\n".join(parts) if all(parts) else None


def fill(target, sources):
    known = {}
    for source in sources:
        known.update(translations(source))
    known_paragraphs = paragraphs({**translations(target), **known})
    tree = ET.parse(target)
    missing = 0
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.find("source").text
            text = known.get((name, source)) or by_paragraph(name, source, known_paragraphs)
            if text is None:
                missing += 1
                continue
            translation.text = text
            del translation.attrib["type"]
    body = ET.tostring(tree.getroot(), encoding="unicode").replace(" />", "/>")  # as lupdate writes it
    with open(target, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return missing


if __name__ == "__main__":
    left = fill(sys.argv[1], sys.argv[2:])
    print("{} message(s) still untranslated".format(left))
