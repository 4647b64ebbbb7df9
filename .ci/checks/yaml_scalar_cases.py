"""Differential cases for the YAML reader's scalars, with libyaml as the reference.

Block scalars (| and >; chomping -, + and clip; indentation indicators; leading,
trailing and whitespace-only lines; tabs; ended by the end of the stream with and
without a final line break, by ---, by ..., by a following key or entry; LF and CRLF)
and multi-line plain and quoted scalars with whitespace-only and tab-holding lines, in
the contexts where they end: top level, mapping value, sequence entry, nested mapping
(and flow sequence for flow scalars).

Each case's expected reading is libyaml's (PyYAML's CSafeLoader, composing only, so no
schema is involved: scalars stay text), except where libyaml is known to deviate from
YAML 1.2.2; those rules live in `expected` with the production or suite case that
decides them.

Usage:
  yaml_scalar_cases.py write FIXTURE   regenerate the fixture (JSON lines)
  yaml_scalar_cases.py check FIXTURE   exit 1 if a fresh run differs from the fixture

Fixture line: [name, yaml, expected] where expected is {"docs": [tree, ...]} or
{"error": true}; a tree is a string (scalar), a list (sequence) or {"m": [[k, v], ...]}
(mapping, pairs in order). `Tests/MSYAMLTests/ScalarDifferentialTests.swift` reads it.
"""

import collections
import json
import sys

import yaml

LOADER = yaml.CSafeLoader


# ---------------------------------------------------------------- reference reading

def tree(node):
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [tree(n) for n in node.value]
    return {"m": [[tree(k), tree(v)] for k, v in node.value]}


APPLIED = []  # the rules applied to the current case, for the report


def rule(name):
    APPLIED.append(name)


def libyaml(text):
    try:
        return {"docs": [tree(d) for d in yaml.compose_all(text, Loader=LOADER)]}
    except yaml.YAMLError:
        return {"error": True}


# ---------------------------------------------------------------- a tiny deterministic choice

class Rotor:
    """Picks from lists by a fixed linear congruential sequence (no library randomness,
    so the cases are the same on every Python)."""

    def __init__(self, seed):
        self.state = seed

    def pick(self, options):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return options[(self.state >> 33) % len(options)]


# ---------------------------------------------------------------- block scalar cases

# name: (lines before the header line, text before the indicator, n = indentation of
# the parent collection (-1 at the top), the next sibling line, the parent's next line)
BLOCK_CONTEXTS = {
    "top": ([], "", -1, None, None),
    "map": ([], "a: ", 0, "b: c", None),
    "seq": ([], "- ", 0, "- c", None),
    "nested": (["a:"], "  b: ", 2, "  c: d", "e: f"),
}

# Whitespace-only and comment lines, relative to the content column c: E empty, L/I/M
# one space less than, as many as, one more than the content indentation, T a tab,
# LT/IT spaces then a tab, #L a comment less indented than the content, T# tab comment.
LINE_TOKENS = {
    "E": lambda c: "",
    "L": lambda c: " " * (c - 1),
    "I": lambda c: " " * c,
    "M": lambda c: " " * (c + 1),
    "T": lambda c: "\t",
    "LT": lambda c: " " * (c - 1) + "\t",
    "IT": lambda c: " " * c + "\t",
    "#L": lambda c: " " * (c - 1) + "# t",
    "T#": lambda c: "\t# t",
}
NEEDS_ONE_SPACE = {"L", "LT", "#L"}

TRAIL_SINGLE = ["E", "L", "I", "M", "T", "LT", "IT", "#L", "T#"]
TRAIL_PAIR = ["E", "I", "T", "LT", "#L"]
TRAILS = [[]] + [[t] for t in TRAIL_SINGLE] + [[a, b] for a in TRAIL_PAIR for b in TRAIL_PAIR]

# Content lines, relative to the content column ("" is an empty line).
CONTENTS = [
    [], ["x"], ["x", "y"], ["x", "", "y"], ["x", " y"], ["x", " ", "y"], ["x", "\ty"],
    [" x", "y"], ["x", "", " y", "", "z"], ["\tx"], ["x #y"],
]
LEADINGS = [[], ["E"], ["I"], ["L"], ["M"], ["T"], ["E", "E"]]
TERMINATORS = ["eof", "eofnb", "---", "...", "next", "#next", "parent"]
DOCUMENT_ENDS = ("--- z", "...")


def block_recipe(ctx, chomp, trail, term, rot):
    """One block scalar case as parameters; None when the combination cannot be written."""
    _, _, n, sibling, parent = BLOCK_CONTEXTS[ctx]
    if term in ("next", "#next") and sibling is None or term == "parent" and parent is None:
        return None
    r = {
        "ctx": ctx, "chomp": chomp, "trail": trail, "term": term,
        "extra": rot.pick([0, 1]), "content": rot.pick(CONTENTS), "leading": rot.pick(LEADINGS),
        "explicit": rot.pick([False, False, True]), "comment": rot.pick(["", "", " # h"]),
        "eol": rot.pick(["\n", "\n", "\r\n"]), "style": rot.pick(["|", ">"]),
        "order": rot.pick([0, 1]),
    }
    c = n + 1 + r["extra"]
    if c == 0 and any(t in NEEDS_ONE_SPACE for t in trail + r["leading"]):
        return None
    if c - max(n, 0) < 1:
        r["explicit"] = False
    return r


def block_lines(r):
    """The case's lines, where its trailing lines start and where its body ends."""
    before, lead_text, n, sibling, parent = BLOCK_CONTEXTS[r["ctx"]]
    c = n + 1 + r["extra"]
    # The top level counts an indentation indicator from column 0, as libyaml and most
    # readers do (not from the spec's n = -1; see eemeli/yaml#164).
    digit = str(r["digit"]) if "digit" in r else str(c - max(n, 0)) if r["explicit"] else ""
    indicators = r["chomp"] + digit if r["order"] == 0 else digit + r["chomp"]
    lines = list(before) + [lead_text + r["style"] + indicators + r["comment"]]
    lines += [LINE_TOKENS[t](c) for t in r["leading"]]
    lines += [(" " * c + t) if t else "" for t in r["content"]]
    trail_at = len(lines)
    lines += [LINE_TOKENS[t](c) for t in r["trail"]]
    if r.get("drop_last"):
        lines.pop()
    body_end = len(lines)
    lines += {
        "eof": [], "eofnb": [], "---": ["--- z"], "...": ["..."], "next": [sibling],
        "#next": ["# n", sibling], "parent": [parent],
    }[r["term"]]
    return lines, trail_at, body_end


def block_name(r):
    return "block/%s/%s%s/%s/%s" % (
        r["ctx"], r["style"], r["chomp"] or "clip", "+".join(r["trail"]) or "none", r["term"])


def block_cases():
    out = []
    index = 0
    for ctx in BLOCK_CONTEXTS:
        for chomp in ["", "-", "+"]:
            for trail in TRAILS:
                for term in TERMINATORS:
                    index += 1
                    r = block_recipe(ctx, chomp, trail, term, Rotor(index))
                    if r:
                        out.append(dict(r, kind="block"))
    return out


# ---------------------------------------------------------------- flow scalar cases

# name: (text before the scalar, n = indentation of the parent collection, next line,
# text after the scalar)
FLOW_CONTEXTS = {
    "top": ("", -1, None, ""),
    "map": ("a: ", 0, "b: c", ""),
    "seq": ("- ", 0, "- c", ""),
    "nested": ("a:\n  b: ", 2, "  c: d", ""),
    "flow": ("[", -1, None, "]"),
    "inflow": ("a: [", 0, "b: c", "]"),
}
# Whitespace-only lines relative to the continuation column c (c > n): E empty, S c
# spaces, U one less, M one more, T a tab, ST spaces then a tab, TS a tab then a space,
# # a comment line.
FLOW_TOKENS = {
    "E": lambda c: "", "S": lambda c: " " * c, "U": lambda c: " " * max(c - 1, 0),
    "M": lambda c: " " * (c + 1), "T": lambda c: "\t", "ST": lambda c: " " * c + "\t",
    "TS": lambda c: "\t ", "#": lambda c: " " * c + "# c",
}
FLOW_SINGLE = ["E", "S", "U", "M", "T", "ST", "TS", "#"]
FLOW_PAIR = ["E", "S", "T", "ST"]
FLOW_WS = [[]] + [[t] for t in FLOW_SINGLE] + [[a, b] for a in FLOW_PAIR for b in FLOW_PAIR]
QUOTES = {"plain": "", "single": "'", "double": '"'}


def flow_lines(r):
    lead, n, sibling, close = FLOW_CONTEXTS[r["ctx"]]
    c = n + 1 + r["extra"]
    q = QUOTES[r["style"]]
    lines = (lead + q + "x").split("\n")
    lines += [FLOW_TOKENS[t](c) for t in r["ws"]]
    if r["more"]:
        lines.append(" " * c + "y")
    lines[-1] += q + close
    if r.get("drop_last"):
        lines.pop()
    lines += {"eof": [], "eofnb": [], "...": ["..."], "next": [sibling]}[r["term"]]
    return lines


def flow_name(r):
    return "flow/%s/%s/%s/%s" % (r["ctx"], r["style"], "+".join(r["ws"]) or "none", r["term"])


def flow_cases():
    out = []
    index = 100000
    for style in QUOTES:
        for ctx in FLOW_CONTEXTS:
            for ws in FLOW_WS:
                for term in ["eof", "eofnb", "...", "next"]:
                    index += 1
                    rot = Rotor(index)
                    if term == "next" and FLOW_CONTEXTS[ctx][2] is None:
                        continue
                    r = {
                        "kind": "flow", "style": style, "ctx": ctx, "ws": ws, "term": term,
                        "extra": rot.pick([0, 1]), "eol": rot.pick(["\n", "\n", "\r\n"]),
                        "more": rot.pick([True, False]) or not ws,
                    }
                    out.append(r)
    return out


# ---------------------------------------------------------------- the text and the verdict

def case_lines(r):
    return block_lines(r)[0] if r["kind"] == "block" else flow_lines(r)


def case_text(r):
    lines = case_lines(r)
    return r["eol"].join(lines) + ("" if r["term"] == "eofnb" else r["eol"])


def case_name(r):
    return block_name(r) if r["kind"] == "block" else flow_name(r)


def expected(r):
    """libyaml's reading of the case, corrected where YAML 1.2.2 decides otherwise.
    Each rule names the production or the yaml-test-suite case that decides it."""
    if r["term"] == "eofnb":
        # A final line without a line break reads as if it had one: the suite's L24T-01
        # reads `foo: |\n  x\n   ` as "x\n \n", and its maintainers hold that a final
        # line break never changes a stream's meaning. libyaml drops the last line's
        # break instead (and, for keep, the last white-space line).
        # (A last line that is empty is no line at all.)
        rule("final line without a break reads as with one (L24T-01)")
        return expected(dict(r, term="eof", drop_last=case_lines(r)[-1] == ""))
    if r["kind"] == "block":
        return expected_block(r)
    return expected_flow(r)


def expected_block(r):
    before, _, n, _, _ = BLOCK_CONTEXTS[r["ctx"]]
    lines, _, body_end = block_lines(r)
    digit = int(r["digit"]) if "digit" in r else None
    if r["explicit"]:
        digit = n + 1 + r["extra"] - max(n, 0)
    return judge_block(lines, len(before), body_end, n, digit, r["eol"], r["style"])


def judge_block(lines, head, body_end, n, digit, eol, style):
    """The reading of a block scalar case given as lines: the header at `head`, the
    scalar's own lines up to `body_end`, then what follows."""
    body = lines[head + 1:body_end]
    first = next((l for l in body if l.strip(" ")), None)
    first_spaces = len(first) - len(first.lstrip(" ")) if first is not None else None
    if digit is not None:
        indent = max(n, 0) + digit
    elif first is not None and first_spaces > n:
        indent = first_spaces
        widest = max((len(l) for l in body[:body.index(first)]), default=0)
        if widest > indent:
            # A leading empty line may not hold more spaces than the first text line
            # (8.1.1.1; suite S98Z, 5LLU, W9L4); libyaml takes the widest leading line
            # as the indentation instead.
            rule("leading empty line wider than the first text line (S98Z)")
            return {"error": True}
    else:
        indent = max([n + 1] + [len(l) for l in body if not l.strip(" ")])
    if indent == 0 and first is not None:
        # A top-level block scalar may be indented zero spaces ([170] with n = -1 and
        # m = 1; suite DK3J, FP8R); libyaml refuses column 0, so it is asked about the
        # same scalar one space further right.
        rule("top-level block scalar at column 0 (DK3J)")
        shifted = lines[:head + 1] + [(" " + l) if l else l for l in body] + lines[body_end:]
        return judge_block(shifted, head, body_end, n, digit, eol, style)
    if digit is None and first is not None and first_spaces == indent and first[indent] == "\t":
        # Auto-detection counts the first text line's spaces; a tab after them is
        # content (suite R4YG: `- >\n \t\n detected` is "\t\ndetected\n"). libyaml
        # refuses that tab, so it is asked with the detected indentation made explicit.
        rule("tab after the auto-detected indentation is content (R4YG)")
        d = indent - max(n, 0)
        header = lines[head].replace(style, style + str(d), 1)
        return judge_block(lines[:head] + [header] + lines[head + 1:], head, body_end, n, d, eol, style)
    # The scalar stops at its first non-blank line indented less than `indent`.
    stop = next(
        (i for i in range(head + 1, len(lines))
         if lines[i].strip(" ") and len(lines[i]) - len(lines[i].lstrip(" ")) < indent),
        None)
    if stop is not None and lines[stop].lstrip(" ").startswith("\t"):
        # A line whose indentation holds a tab is neither an empty line ([70]) nor a
        # trail comment ([169]), so it ends the block scalar. When only blank and
        # comment lines follow it to the end of the document, they are the stream's
        # l-comment lines ([211]) and the document is valid; otherwise nothing can
        # follow (a block collection's next entry must be indented by spaces). libyaml
        # rejects a tab on any such line.
        ends = [i for i in range(stop, len(lines)) if lines[i] in DOCUMENT_ENDS]
        end = ends[0] if ends else len(lines)
        if any(l.strip(" \t") and not l.strip(" \t").startswith("#") for l in lines[stop:end]):
            rule("tab-indented line ends a block scalar, text follows: error ([70], [169])")
            return {"error": True}
        rule("tab-indented line after a block scalar, then only comments: stream comments ([211])")
        return libyaml(eol.join(lines[:stop] + lines[end:]) + eol)
    if stop is not None and lines[stop].lstrip(" ").startswith("#"):
        # A trail comment ([169]) may be followed by any comment lines (l-comment*),
        # whose white space may hold tabs; libyaml rejects those tabs, so it is asked
        # about the same lines with spaces.
        end = next((i for i in range(stop, len(lines))
                    if lines[i].strip(" \t") and not lines[i].strip(" \t").startswith("#")), len(lines))
        if any("\t" in l for l in lines[stop:end]):
            rule("tabs in comment lines after a trail comment ([169])")
        lines = lines[:stop] + [l.replace("\t", " ") for l in lines[stop:end]] + lines[end:]
    return libyaml(eol.join(lines) + eol)


def expected_flow(r):
    lead, n, _, _ = FLOW_CONTEXTS[r["ctx"]]
    # The scalar's own indentation: a block collection's child is one deeper; at the
    # top (and in a top-level flow collection) it is 0.
    indent = n + 1
    lines = flow_lines(r)
    first = len(lead.split("\n"))
    inner = lines[first:first + len(r["ws"]) + (1 if r["more"] else 0)]
    quoted = r["style"] != "plain"
    for i, line in enumerate(inner):
        spaces = len(line) - len(line.lstrip(" "))
        rest = line[spaces:]
        continues = quoted or r["more"] and i < len(inner) - 1
        if rest.startswith("\t") and spaces < indent and continues and (not rest.strip() or quoted):
            # An empty line inside a flow scalar is s-indent(<n) or s-flow-line-prefix(n)
            # (s-indent(n) then white space) before its break ([70], [69]): a tab within
            # the first n columns makes it neither (suite DK95-01 for a text line).
            rule("tab within the indentation of an empty line of a flow scalar ([70])")
            return {"error": True}
        if (quoted or r["ctx"] == "inflow") and rest.strip() and spaces < indent:
            # Every continuation line of a quoted scalar, and every line of a flow
            # collection, starts with s-flow-line-prefix(n) ([74], [69]; suite 9C9N);
            # libyaml does not check the indentation of those lines.
            rule("under-indented line of a quoted scalar or flow collection (9C9N)")
            return {"error": True}
    # Tabs elsewhere on white-space lines separate or are empty lines in YAML 1.2
    # (suite DK95-03, DK95-04, NB6Z, 5GBF); libyaml rejects them, so it is asked about
    # the same lines with spaces, which read the same.
    def untab(line):
        return line.replace("\t", " ") if not line.strip(" \t") else line
    if any("\t" in l and not l.strip(" \t") for l in lines):
        rule("tabs on white-space lines between or inside flow scalars (DK95-04, NB6Z)")
    text = r["eol"].join(untab(l) for l in lines) + r["eol"]
    return libyaml(text)


# ---------------------------------------------------------------- fixture

def fixture_lines():
    out = []
    overruled = collections.Counter()
    for case in block_cases() + flow_cases():
        APPLIED.clear()
        want = expected(case)
        if want != libyaml(case_text(case)):
            overruled[APPLIED[-1] if APPLIED else "?"] += 1
        row = [case_name(case), case_text(case), want]
        out.append(json.dumps(row, ensure_ascii=False, separators=(",", ":")))
    return out, overruled


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("write", "check"):
        sys.exit(__doc__)
    lines, overruled = fixture_lines()
    text = "\n".join(lines) + "\n"
    if sys.argv[1] == "write":
        with open(sys.argv[2], "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {len(lines)} cases to {sys.argv[2]} (libyaml overruled in {sum(overruled.values())})")
        return
    with open(sys.argv[2], encoding="utf-8") as f:
        old = f.read()
    if old != text:
        old_lines = old.splitlines()
        diff = [i for i, (a, b) in enumerate(zip(old_lines, lines)) if a != b]
        print(f"the fixture differs from a fresh run ({len(old_lines)} vs {len(lines)} cases;"
              f" first difference at case {diff[0] + 1 if diff else min(len(old_lines), len(lines)) + 1})")
        sys.exit(1)
    print(f"{len(lines)} cases: the fixture matches libyaml {yaml.__version__} ({yaml._yaml.get_version_string()})"
          f" with the YAML 1.2.2 rules; libyaml overruled in {sum(overruled.values())} cases:")
    for name, count in sorted(overruled.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {count:5}  {name}")


if __name__ == "__main__":
    main()
