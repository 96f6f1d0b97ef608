#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Cultivate authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helps translate a Qt .ts file in batches, with the standard library only.

  tstool.py stats FILE.ts                  messages, contexts, finished, unfinished, vanished
  tstool.py extract FILE.ts OUT.json [--all] [--context PATTERN]
                                           the messages still to translate (all with --all), each
                                           with an id, its context, source, comment and numerus
  tstool.py apply FILE.ts IN.json... [--french]
                                           writes {id: translation} (a list of forms for %n
                                           messages) into FILE.ts and marks them finished; with
                                           --french, a plain space before : ; ! ? % » and after «
                                           becomes a non-breaking one, and ' becomes ’
  tstool.py carry FILE.ts                  gives an unfinished message the translation of a message
                                           with the same source and comment elsewhere in the file
                                           (another context, or one lupdate marked vanished when a
                                           string moved to its right context)
  tstool.py check FILE.ts                  placeholders, accelerators, line breaks, French
                                           typography; exits 1 on a problem

Run the build's `update_translations` target afterwards: lupdate rewrites the file in its own layout.
"""
import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET

NBSP = "\u00a0"
NNBSP = "\u202f"


def message_id(context, source, comment):
    key = "\x1f".join([context, source, comment or ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]


def load(path):
    return ET.parse(path)


def save(tree, path):
    root = tree.getroot()
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(body)
        out.write("\n")


def messages(tree):
    """Yields (context name, message element, source, comment, translation element)."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            yield name, message, source, comment, message.find("translation")


def is_obsolete(translation):
    return translation is not None and translation.get("type") in ("vanished", "obsolete")


def is_unfinished(translation):
    return translation is None or translation.get("type") == "unfinished"


def forms_of(message, translation):
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.findall("numerusform")]
    return [translation.text or ""]


def has_text(message, translation):
    return any(forms_of(message, translation))


def set_forms(message, translation, value):
    if message.get("numerus") == "yes":
        if not isinstance(value, list):
            raise SystemExit(f"{message.findtext('source')!r}: a %n message needs a list of forms")
        for child in list(translation):
            translation.remove(child)
        for form in value:
            ET.SubElement(translation, "numerusform").text = form
    else:
        if isinstance(value, list):
            raise SystemExit(f"{message.findtext('source')!r}: one translation expected, not a list")
        translation.text = value


def cmd_stats(path):
    tree = load(path)
    contexts = set()
    total = finished = unfinished = obsolete = 0
    for name, message, _source, _comment, translation in messages(tree):
        if is_obsolete(translation):
            obsolete += 1
            continue
        contexts.add(name)
        total += 1
        if is_unfinished(translation) or not has_text(message, translation):
            unfinished += 1
        else:
            finished += 1
    print(f"{path}: {total} messages in {len(contexts)} contexts; {finished} finished, "
          f"{unfinished} unfinished; {obsolete} vanished or obsolete")


def cmd_extract(path, out, everything=False, pattern=None):
    tree = load(path)
    batch = []
    for name, message, source, comment, translation in messages(tree):
        if is_obsolete(translation):
            continue
        if pattern and not re.search(pattern, name):
            continue
        if not everything and not is_unfinished(translation) and has_text(message, translation):
            continue
        entry = {"id": message_id(name, source, comment), "context": name, "source": source}
        if comment:
            entry["comment"] = comment
        if message.get("numerus") == "yes":
            entry["numerus"] = True
        current = forms_of(message, translation)
        if any(current):
            entry["translation"] = current if message.get("numerus") == "yes" else current[0]
        batch.append(entry)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(batch, f, ensure_ascii=False, indent=1)
    print(f"{len(batch)} messages written to {out}")


def french_typography(text):
    """Non-breaking spaces where French typography puts them, ’ for the apostrophe (outside markup)."""
    parts = re.split(r"(<[^>]+>)", text)
    for i, part in enumerate(parts):
        if part.startswith("<"):
            continue
        part = re.sub(r" (?=[:;!?»]|%(?![0-9Ln]))", NBSP, part)
        part = part.replace("« ", "«" + NBSP)
        part = part.replace("'", "’")
        parts[i] = part
    return "".join(parts)


def cmd_apply(path, inputs, french=False):
    tree = load(path)
    wanted = {}
    for name in inputs:
        with open(name, encoding="utf-8") as f:
            wanted.update(json.load(f))
    applied = 0
    for name, message, source, comment, translation in messages(tree):
        key = message_id(name, source, comment)
        if key not in wanted or is_obsolete(translation):
            continue
        if translation is None:
            translation = ET.SubElement(message, "translation")
        value = wanted[key]
        if french:
            value = [french_typography(v) for v in value] if isinstance(value, list) else french_typography(value)
        set_forms(message, translation, value)
        translation.attrib.pop("type", None)
        applied += 1
    save(tree, path)
    print(f"{applied} translations applied to {path} ({len(wanted)} given)")


def cmd_carry(path):
    tree = load(path)
    known = {}
    for _name, message, source, comment, translation in messages(tree):
        if has_text(message, translation) and not (translation.get("type") == "unfinished"):
            known.setdefault((source, comment or "", message.get("numerus") == "yes"), forms_of(message, translation))
    # A vanished translation counts too: it is what a string had before it moved.
    for _name, message, source, comment, translation in messages(tree):
        if is_obsolete(translation) and has_text(message, translation):
            known.setdefault((source, comment or "", message.get("numerus") == "yes"), forms_of(message, translation))
    carried = 0
    for _name, message, source, comment, translation in messages(tree):
        # An unfinished message may hold lupdate's guess from a similar text: an exact match replaces it.
        if is_obsolete(translation) or not is_unfinished(translation):
            continue
        key = (source, comment or "", message.get("numerus") == "yes")
        if key not in known:
            continue
        if translation is None:
            translation = ET.SubElement(message, "translation")
        forms = known[key]
        set_forms(message, translation, forms if key[2] else forms[0])
        translation.attrib.pop("type", None)
        carried += 1
    save(tree, path)
    print(f"{carried} translations carried over in {path}")


PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n|L?n)")


def accelerators(text):
    return re.findall(r"&([^&\s])", text.replace("&&", ""))


def typography_problems(text):
    problems = []
    stripped = re.sub(r"<[^>]+>", "", text)  # markup
    stripped = stripped.replace(";;", "").replace("(;)", "")  # file dialog filters, a named delimiter
    stripped = re.sub(r"(https?|mailto|file):\S+", "", stripped)
    stripped = re.sub(r"\b\d{1,2}:\d{2}\b", "", stripped)  # times
    stripped = re.sub(r"[A-Za-z]:[\\/]", "", stripped)
    for mark in ";:!?":
        for m in re.finditer(re.escape(mark), stripped):
            before = stripped[m.start() - 1] if m.start() > 0 else ""
            if before in (NBSP, NNBSP):
                continue
            if mark == ":" and (before == "" or before == "\n"):
                continue
            if mark == "?" and before in ("", "(", "¿"):
                continue
            problems.append(f"no non-breaking space before '{mark}'")
            break
    if re.search(r"«(?![\u00a0\u202f])", stripped) or re.search(r"(?<![\u00a0\u202f])»", stripped):
        problems.append("« » need non-breaking spaces inside")
    for m in re.finditer(r"%(?![0-9Ln])", stripped):
        if m.start() > 0 and stripped[m.start() - 1] not in (NBSP, NNBSP):
            problems.append("'%' needs a non-breaking space before it")
            break
    if re.search(r"[“”]", stripped):
        problems.append("English quotation marks (“ ”): French uses « »")
    if "'" in stripped:
        problems.append("straight apostrophe: use ’")
    return problems


def cmd_check(path):
    tree = load(path)
    french = (tree.getroot().get("language") or "").startswith("fr")
    bad = 0
    for name, message, source, comment, translation in messages(tree):
        if is_obsolete(translation) or is_unfinished(translation) or not has_text(message, translation):
            continue
        forms = forms_of(message, translation)
        where = f"[{name}] {source[:60]!r}"
        issues = []
        numerus = message.get("numerus") == "yes"
        if numerus and french and len(forms) != 2:
            issues.append(f"{len(forms)} plural forms, French has 2")
        want = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            have = sorted(set(PLACEHOLDER.findall(form)))
            if numerus:
                want_n = sorted(set(want) - {"%n"})
                have_n = sorted(set(have) - {"%n"})
                if want_n != have_n:
                    issues.append(f"placeholders {have} != {want}")
            elif have != want:
                issues.append(f"placeholders {have} != {want}")
            if bool(accelerators(source)) != bool(accelerators(form)) or len(accelerators(form)) > 1:
                issues.append("keyboard accelerator (&) missing or doubled")
            if source.count("\n") != form.count("\n") and source.count("\n") <= 1:
                issues.append("line breaks differ")
            if source.endswith("…") != form.endswith("…"):
                issues.append("ellipsis (…) differs")
            # French puts a non-breaking space before ; : ! ? even at the start of a fragment.
            lead = form.lstrip(NBSP + NNBSP) if french and form[:1] in (NBSP, NNBSP) and form.lstrip(NBSP + NNBSP)[:1] in ";:!?" else form
            if (source[:1].isspace() != lead[:1].isspace()) or (source[-1:].isspace() != form[-1:].isspace()):
                issues.append("leading or trailing space differs")
            if french:
                issues.extend(typography_problems(form))
        for issue in sorted(set(issues)):
            print(f"{where}: {issue}")
            bad += 1
    print(f"{bad} problems")
    return 1 if bad else 0


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    command, path = argv[1], argv[2]
    rest = argv[3:]
    if command == "stats":
        cmd_stats(path)
    elif command == "extract":
        pattern = None
        if "--context" in rest:
            pattern = rest[rest.index("--context") + 1]
        cmd_extract(path, rest[0], "--all" in rest, pattern)
    elif command == "apply":
        cmd_apply(path, [r for r in rest if r != "--french"], "--french" in rest)
    elif command == "carry":
        cmd_carry(path)
    elif command == "check":
        return cmd_check(path)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
