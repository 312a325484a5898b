#!/usr/bin/env python3
"""Imports a reference API description into gcflux's own description.

The build never runs this: it reads only the project's copy. Run it by hand when the
reference changes, then review the diff of the output like any other change:

    python3 codegen/tools/import_reference.py REFERENCE.json \
        core/src/main/resources/io/gcflux/core/api/gocardless-api.json

On top of the reference's structure it records what gcflux needs and the reference leaves
implicit: wire formats of date, timestamp and decimal strings (so the generator can type them),
and client-side validations the API would otherwise only report as a 422.
"""
import json
import sys

FILTER_KEYS = {"gt", "gte", "lt", "lte"}
DATE_NAMES = {"date_of_birth", "value_date_from", "value_date_to"}
TIMESTAMP_NAMES = {"time"}
DECIMAL_NAMES = {"exchange_rate", "estimated_exchange_rate", "rate"}

# The API rejects a PayTo mandate request without a per-payment cap; say so before sending.
PAY_TO_CAP = {
    "rule": "required_when_equals",
    "field": "mandate_request.constraints.max_amount_per_payment",
    "when_field": "mandate_request.scheme",
    "when_value": "pay_to",
}
VALIDATIONS = {
    ("billing_requests", "create"): [PAY_TO_CAP],
    ("billing_request_with_actions", "create_with_actions"): [PAY_TO_CAP],
}


def format_for(name):
    if name.endswith("_at") or name in TIMESTAMP_NAMES:
        return "date-time"
    if name.endswith("_date") or name in DATE_NAMES:
        return "date"
    if name in DECIMAL_NAMES:
        return "decimal"
    return None


def annotate(name, schema):
    kind = schema["type"]
    if kind == "string" and "enum" not in schema:
        fmt = format_for(name)
        if fmt:
            schema["format"] = fmt
    elif kind == "object":
        props = schema.get("properties", {})
        is_filter = props and set(props) <= FILTER_KEYS
        for child_name, child in props.items():
            annotate(name if is_filter else child_name, child)
    elif kind == "array":
        annotate(name, schema["items"])
    elif kind == "map":
        annotate(name, schema["values"])


def main(source, target):
    with open(source) as f:
        api = json.load(f)
    for resource in api["resources"]:
        for name, schema in resource["attributes"].items():
            annotate(name, schema)
        for action in resource["actions"]:
            for name, schema in action["params"].items():
                annotate(name, schema)
            rules = VALIDATIONS.get((resource["name"], action["name"]))
            if rules:
                action["validations"] = rules
    api["description"] = (
        "gcflux's description of the GoCardless Pro API: resources, actions, parameters and "
        "attributes, with wire formats and client-side validations. The generator reads only this."
    )
    api.pop("derived_from", None)
    with open(target, "w") as f:
        json.dump(api, f, indent=1, sort_keys=False)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
