"""The JSON Schema of the ``newsgraph/1`` record, generated from ``records.Record``.

``python -m newsgraph.schema > docs/schema.json`` regenerates the shipped file;
a test checks the two agree, so the documented schema is always the real one.
"""

from __future__ import annotations

import json

from newsgraph.records import SCHEMA_VERSION, Record


def json_schema() -> dict[str, object]:
    schema = Record.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://newsgraph.invalid/schema/{SCHEMA_VERSION}.json"
    schema["title"] = f"newsgraph record ({SCHEMA_VERSION})"
    return schema


if __name__ == "__main__":
    print(json.dumps(json_schema(), indent=2, sort_keys=True))
