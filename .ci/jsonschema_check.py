#!/usr/bin/env python3
"""msrender's JSON Schema (schema/modelservice.schema.json) against msrender itself.

Usage: jsonschema_check.py SCHEMA MSRENDER [SHARED]

1. The schema is a valid draft-07 schema.
2. Every valid input passes it: the ModelServices in examples/, the worked examples'
   inputs (SHARED/worked-examples) and the decoder's valid test cases
   (Tests/Fixtures/decoder-cases, written from Tests/MSModelTests by
   DecoderCaseExportTests).
3. Every invalid decoder test case fails it, except the few rules no JSON Schema can
   state (BEYOND_SCHEMA below, each named).
4. Agreement: a seeded generator (jsonschema_docs.py, jsonschema_mutations.py) writes
   AGREEMENT_DOCS (default 1500) random documents, valid ModelServices and mutations of
   them, in classes. In an agreement class `msrender validate` (exit 0 or 1) and the
   schema must give the same verdict; a disagreement prints the document and both
   verdicts. In a beyond class (a rule no JSON Schema can state, modelled in
   jsonschema_beyond.py, or an integral float) the schema must accept the document and
   msrender reject it. The generator never writes a null document (msrender skips
   empty documents).

JSON Schema's "pattern" is an ECMA-262 regular expression; python_regex() reads it as
Python's re would need to ("$" is the end of the text, "." no line terminator).
"""
import concurrent.futures
import json
import os
import random
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml

from jsonschema_mutations import BEYOND, generate

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

# Decoder test cases that fail in msrender for a reason no JSON Schema can state,
# recognised by the message the decoder tests expect.
BEYOND_SCHEMA = [
    ("duplicate claims entry", "two list entries with the same name (uniqueItems compares whole entries)"),
    ("found the number 2.0", "an integral float: JSON Schema's integer accepts 2.0"),
]


# ---------------------------------------------------------------- YAML 1.2 core reading

class Core12Resolver(yaml.resolver.BaseResolver):
    """Plain scalars resolved by the YAML 1.2 core schema, as msrender reads them (PyYAML's
    default is YAML 1.1, where yes/on are booleans and 0755 is octal)."""


Core12Resolver.yaml_implicit_resolvers = {}
for tag, pattern in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$"),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$"),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
]:
    Core12Resolver.add_implicit_resolver(tag, re.compile(pattern), list("-+0123456789.~nNtTfF") + [""])


class Core12Constructor(yaml.constructor.SafeConstructor):
    def construct_core_int(self, node):
        text = self.construct_scalar(node)
        if text.startswith("0o"):
            return int(text[2:], 8)
        if text.startswith("0x"):
            return int(text[2:], 16)
        return int(text, 10)

    def construct_core_float(self, node):
        text = self.construct_scalar(node).lower()
        if text.endswith(".inf"):
            return float("-inf") if text.startswith("-") else float("inf")
        if text == ".nan":
            return float("nan")
        return float(text)


Core12Constructor.add_constructor("tag:yaml.org,2002:int", Core12Constructor.construct_core_int)
Core12Constructor.add_constructor("tag:yaml.org,2002:float", Core12Constructor.construct_core_float)


class Core12Loader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer,
                   Core12Constructor, Core12Resolver):
    def __init__(self, stream):
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        Core12Constructor.__init__(self)
        Core12Resolver.__init__(self)


def documents(path):
    """The non-empty documents of a YAML or JSON file, read as msrender reads them."""
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        out, i, dec = [], 0, json.JSONDecoder()
        while True:
            while i < len(text) and text[i].isspace():
                i += 1
            if i >= len(text):
                return out
            doc, i = dec.raw_decode(text, i)
            out.append(doc)
    return [d for d in yaml.load_all(text, Loader=Core12Loader) if d is not None]


# ---------------------------------------------------------------- the schema

def python_regex(pattern):
    """An ECMA-262 pattern (no flags) as a Python one: "$" is the end of the text ("\\Z"),
    "." any character but a line terminator. The schema uses no other construct whose
    meaning differs ("\\s" only in "[\\s\\S]", any character)."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append(c)
        elif c == "[":
            in_class = True
            out.append(c)
        elif c == "$":
            out.append(r"\Z")
        elif c == ".":
            out.append("[^\\n\\r\u2028\u2029]")
        else:
            out.append(c)
        i += 1
    return re.compile("".join(out))


_compiled = {}


def ecma_pattern(validator, pattern, instance, schema):
    if not validator.is_type(instance, "string"):
        return
    if pattern not in _compiled:
        _compiled[pattern] = python_regex(pattern)
    if not _compiled[pattern].search(instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


Validator = jsonschema.validators.extend(jsonschema.Draft7Validator, {"pattern": ecma_pattern})


def schema_errors(validator, doc):
    return sorted((e for e in validator.iter_errors(doc)), key=lambda e: list(e.absolute_path))


def where(e):
    return ".".join(str(p) for p in e.absolute_path) or "(document)"


# ---------------------------------------------------------------- running

def msrender_verdict(msrender, path):
    p = subprocess.run([msrender, "validate", path], capture_output=True, text=True)
    if p.returncode not in (0, 1):
        return "exit %d" % p.returncode, p.stderr
    return ("valid" if p.returncode == 0 else "invalid"), p.stderr


def main():
    schema_path, msrender = sys.argv[1], sys.argv[2]
    shared = sys.argv[3] if len(sys.argv) > 3 else ""
    schema = json.load(open(schema_path))
    jsonschema.Draft7Validator.check_schema(schema)
    v = Validator(schema)
    failures = 0

    # 2. valid inputs
    inputs = []
    for base, _, files in os.walk(os.path.join(ROOT, "examples")):
        for f in files:
            if f.endswith((".yaml", ".yml", ".json")):
                inputs.append(os.path.join(base, f))
    if shared and os.path.isdir(os.path.join(shared, "worked-examples")):
        wdir = os.path.join(shared, "worked-examples")
        inputs += [os.path.join(wdir, f) for f in os.listdir(wdir) if f.endswith(".yaml") and ".expected." not in f]
    fixtures = os.path.join(ROOT, "Tests", "Fixtures", "decoder-cases")
    cases = sorted(os.listdir(fixtures))
    valid_cases = [c for c in cases if "# msrender: valid\n" in open(os.path.join(fixtures, c)).read()]
    inputs += [os.path.join(fixtures, c) for c in valid_cases]
    n_valid = 0
    for path in sorted(inputs):
        for doc in documents(path):
            if not (isinstance(doc, dict) and doc.get("kind") == "ModelService"):
                continue
            n_valid += 1
            errs = schema_errors(v, doc)
            if errs:
                failures += 1
                print(f"FAIL valid input {os.path.relpath(path, ROOT)} fails the schema:")
                for e in errs[:5]:
                    print(f"    {where(e)}: {e.message[:200]}")
    print(f"valid inputs: {n_valid} ModelServices (examples, worked examples, {len(valid_cases)} decoder cases)")

    # 3. invalid decoder cases
    rejected, beyond = 0, []
    for c in cases:
        if c in valid_cases:
            continue
        text = open(os.path.join(fixtures, c)).read()
        expected = [line[len("# expect: "):] for line in text.splitlines() if line.startswith("# expect: ")]
        reason = next((r for pattern, r in BEYOND_SCHEMA if any(pattern in e for e in expected)), None)
        try:
            docs = documents(os.path.join(fixtures, c))
        except yaml.YAMLError as e:
            # A tag PyYAML cannot construct (`!custom`): not JSON data, so no schema applies.
            beyond.append((c, "not JSON data: " + str(e).splitlines()[0]))
            continue
        errs = schema_errors(v, docs[0])
        if errs:
            # Rejected, maybe by another rule than the one the case is about (a claim on
            # decode, say): the verdict is what must agree.
            rejected += 1
        elif reason:
            beyond.append((c, reason))
        else:
            failures += 1
            print(f"FAIL invalid decoder case {c} passes the schema; msrender says: {expected}")
    print(f"invalid decoder cases: {rejected} rejected by the schema, {len(beyond)} beyond any schema:")
    for c, r in beyond:
        print(f"    {c}: {r}")

    # 4. agreement
    n = int(os.environ.get("AGREEMENT_DOCS", "1500"))
    seed = os.environ.get("AGREEMENT_SEED", "12")
    docs, replaced = generate(random.Random(int(seed)), n, lambda doc: not schema_errors(v, doc))
    counts = {}
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (_, doc) in enumerate(docs):
            p = os.path.join(tmp, f"{i:05d}.json")
            with open(p, "w", encoding="utf-8") as f:
                # Raw UTF-8: msrender's reader refuses JSON's surrogate-pair escapes ("\ud83d\ude00").
                json.dump(doc, f, ensure_ascii=False)
            paths.append(p)
        with concurrent.futures.ThreadPoolExecutor(max_workers=int(os.environ.get("AGREEMENT_JOBS", "2"))) as pool:
            verdicts = list(pool.map(lambda p: msrender_verdict(msrender, p), paths))
        for (kind, doc), (ms, err) in zip(docs, verdicts):
            errs = schema_errors(v, doc)
            js = "invalid" if errs else "valid"
            c = counts.setdefault(kind, {"docs": 0, "valid": 0, "invalid": 0, "ok": 0})
            c["docs"] += 1
            c[ms if ms in ("valid", "invalid") else "invalid"] += 1
            ok = (js == "valid" and ms == "invalid") if kind in BEYOND else js == ms
            c["ok"] += ok
            if not ok:
                failures += 1
                expected = "schema valid, msrender invalid" if kind in BEYOND else "the same verdict"
                print(f"DISAGREE ({kind}: {expected}) msrender: {ms}, schema: {js}")
                print("    document: " + json.dumps(doc, ensure_ascii=False, sort_keys=True)[:3000])
                for line in err.strip().splitlines()[:4]:
                    print("    msrender: " + line)
                for e in errs[:3]:
                    print(f"    schema: {where(e)}: {e.message[:200]}")
    agreement = {k: c for k, c in counts.items() if k not in BEYOND}
    checked = sum(c["docs"] for c in agreement.values())
    valid_docs = sum(c["valid"] for c in agreement.values())
    print(f"agreement: {n} generated documents (seed {seed}): {checked} checked for agreement ({valid_docs} valid, "
          f"{checked - valid_docs} invalid), {sum(c['ok'] for c in agreement.values())} agree")
    for kind in sorted(agreement):
        c = counts[kind]
        print(f"    {kind:20} {c['docs']:5} documents, msrender: {c['valid']:4} valid, {c['invalid']:4} invalid")
    beyond_docs = sum(counts.get(k, {}).get("docs", 0) for k in BEYOND)
    print(f"beyond JSON Schema: msrender rejects, schema accepts: {beyond_docs} documents, "
          f"{sum(counts.get(k, {}).get('ok', 0) for k in BEYOND)} as expected")
    for kind in BEYOND:
        c = counts.get(kind, {"docs": 0, "ok": 0})
        print(f"    {kind:20} {c['docs']:5} documents, {c['ok']:4} schema valid and msrender invalid")
        if c["docs"] == 0:
            failures += 1
            print(f"FAIL no {kind} document: raise AGREEMENT_DOCS")
    print("replaced while generating (an agreement-class draft breaking a rule beyond the schema that the schema "
          "accepts): " + (", ".join(f"{k} {n}" for k, n in sorted(replaced.items())) or "none"))
    if failures:
        print(f"jsonschema check: {failures} failure(s)")
        sys.exit(1)
    print("jsonschema check: passed")

if __name__ == "__main__":
    main()
