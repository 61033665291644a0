#!/usr/bin/env python3
"""Checks data set folders against the JSON Schemas in data/schema, as an editor would.

    validate.py SCHEMA_DIR DATA_DIR [--expect-errors]

Every dataset.yaml is checked against khronika-dataset.schema.json, every other *.yaml against
khronika-records.schema.json, and the *.yaml of its subfolders (translation files, one folder a
language) against khronika-translation.schema.json. Exits 0 when the outcome is the expected one (no errors, or at least one
with --expect-errors), 1 otherwise, and 77 (skipped) when PyYAML or jsonschema is not installed.
"""
import glob
import json
import os
import sys

try:
    import jsonschema
    import yaml
except ImportError as e:
    print(f"skipped: {e.name} is not installed (apt-get install python3-yaml python3-jsonschema)")
    sys.exit(77)


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML reads YAML 1.1; editors read 1.2, where 1927-12-02 is text, not a timestamp."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def main():
    schema_dir, data_dir = sys.argv[1], sys.argv[2]
    expect_errors = "--expect-errors" in sys.argv[3:]
    validators = {}
    for name in ("khronika-dataset", "khronika-records", "khronika-translation"):
        with open(os.path.join(schema_dir, name + ".schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft7Validator.check_schema(schema)
        validators[name] = jsonschema.Draft7Validator(schema)
    files = sorted(glob.glob(os.path.join(data_dir, "*.yaml")))
    files += sorted(glob.glob(os.path.join(data_dir, "*", "*.yaml")))
    if not files:
        print(f"no YAML files in {data_dir}")
        return 1
    errors = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            document = yaml.load(f, Loader=Yaml12Loader)
        if not os.path.samefile(os.path.dirname(path), data_dir):
            kind = "khronika-translation"
        elif os.path.basename(path) == "dataset.yaml":
            kind = "khronika-dataset"
        else:
            kind = "khronika-records"
        for error in validators[kind].iter_errors(document):
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: {where}: {error.message}")
            errors += 1
    print(f"{len(files)} files, {errors} schema errors")
    return 0 if (errors > 0) == expect_errors else 1


if __name__ == "__main__":
    sys.exit(main())
