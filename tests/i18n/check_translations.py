#!/usr/bin/env python3
"""Fails when a user-visible string of the sources has no translation.

    check_translations.py LUPDATE TS_FILE WORK_DIR INCLUDE_DIR SOURCE_DIR...

INCLUDE_DIR is where `#include "ui/..."` paths start (the project's root): without it lupdate cannot
see that a class defined in one folder and declared in another is khronika::Class, and files the
wrong context (the translation would then never be found at run time).

lupdate extracts every tr() and translate() string of the sources afresh into a copy of TS_FILE (the
committed file is left alone), so a string added to the code without a translation shows up as
unfinished even when nobody ran `update_translations`. Every translation must also carry the same
%1..%9 and %n placeholders as its source, and a plural (numerus) message every form of the language.
Prints each problem with its context and source text; exits 1 on any, 0 when every string is done.
"""
import pathlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d+|n)")
# Plural forms per language, as Qt Linguist counts them.
NUMERUS_FORMS = {"ru": 3, "en": 2}


def main():
    lupdate, ts_file, work_dir, include_dir, *sources = sys.argv[1:]
    work = pathlib.Path(work_dir)
    work.mkdir(parents=True, exist_ok=True)
    copy = work / pathlib.Path(ts_file).name
    shutil.copyfile(ts_file, copy)
    subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", "-I", include_dir, "-recursive", *sources,
                    "-ts", str(copy)], check=True)
    root = ET.parse(copy).getroot()
    language = root.get("language", "").split("_")[0]
    problems = []
    messages = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            messages += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name}: {source!r}"
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                problems.append(f"untranslated: {where}")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if len(forms) != NUMERUS_FORMS.get(language, len(forms)) or not all(forms):
                    problems.append(f"plural forms missing ({len(forms)} given): {where}")
                    continue
            else:
                forms = [translation.text or ""]
                if not forms[0].strip():
                    problems.append(f"empty translation: {where}")
                    continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                got = sorted(set(PLACEHOLDER.findall(form)))
                # A plural form may leave %n out ("один раз"), never another placeholder.
                if [p for p in got if p != "%n"] != [p for p in wanted if p != "%n"]:
                    problems.append(f"placeholders {got} instead of {wanted} in {form!r}: {where}")
    for p in problems:
        print(p)
    print(f"{ts_file}: {messages} strings, {len(problems)} problem(s)")
    return 1 if problems or messages == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
