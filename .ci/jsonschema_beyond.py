"""What msrender rejects and msrender's JSON Schema cannot state: a model of those rules,
for .ci/jsonschema_check.py's generator.

The generator keeps such documents out of the classes it checks for agreement (where
the schema would accept what msrender rejects) and writes them on purpose in the
"beyond JSON Schema" classes, where msrender must reject each one. A wrong model shows
either way: a rule it misses is a disagreement, a rule it invents is a beyond-class
document that msrender accepts.

The rules (k8s.io/kubernetes ValidateContainerResourceRequirements and friends, as
MSModel's ResourceRules, LabelRules and EnvSourceRules state them), applied to what a
container gets: a role's resources after msrender writes the GPU count into both lists
(when the role has resources and the accelerator has a GPU resource), the endpoint
picker's as they are.
- limit-required: an extended resource or hugepages request needs a limit, equal to it;
- request-above-limit: any other request may not exceed its limit;
- extended-fraction: an extended resource's amount is a whole number;
- hugepages-pages: a hugepages amount is a whole number of pages of the size in its name;
- hugepages-alone: hugepages need a cpu or memory request or limit next to them;
- annotations-size: all of an object's annotations, keys and values, hold at most 256 KiB;
- claims-duplicate: two endpoint picker claims of one name;
- divisor-spelling: a resourceFieldRef divisor's canonical form must be one the
  resource allows (1m or 1 for cpu, 1, 1k..1E, 1Ki..1Ei for bytes).
"""
import re
from fractions import Fraction

NANO = 10 ** 9
DECIMAL = {"n": -9, "u": -6, "m": -3, "": 0, "k": 3, "M": 6, "G": 9, "T": 12, "P": 15, "E": 18}
BINARY = {"Ki": 10, "Mi": 20, "Gi": 30, "Ti": 40, "Pi": 50, "Ei": 60}
QUANTITY = re.compile(r"([+-]?)([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(.*)\Z")
EXPONENT = re.compile(r"[eE][+-]?[0-9]+\Z")
# Beyond this an exponent quantity is not worth exact arithmetic: the model says "unknown".
MAX_EXPONENT = 60

GPU_RESOURCES = {"nvidia": "nvidia.com/gpu", "amd": "amd.com/gpu", "intel-gaudi": "habana.ai/gaudi",
                 "google": "google.com/tpu"}
CPU_DIVISORS = ["1m", "1"]
BYTE_DIVISORS = ["1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei"]
ANNOTATIONS_LIMIT = 256 * 1024

RULES = ["limit-required", "request-above-limit", "extended-fraction", "hugepages-pages", "hugepages-alone",
         "annotations-size", "claims-duplicate", "divisor-spelling"]


class Unknown(Exception):
    """A quantity the model does not compute (an exponent beyond MAX_EXPONENT)."""


def quantity(v):
    """(value, family) as msrender's QuantityParser reads v, rounded away from zero to a
    whole nano; None when v is not a quantity (the schema rejects it anyway)."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return Fraction(v), "decimal"
    if not isinstance(v, str):
        return None
    m = QUANTITY.match(v)
    if not m:
        return None
    sign, number, suffix = m.groups()
    value = Fraction(("0" if number.startswith(".") else "") + number + ("0" if number.endswith(".") else ""))
    if suffix in DECIMAL:
        value, family = value * Fraction(10) ** DECIMAL[suffix], "decimal"
    elif suffix in BINARY:
        value, family = value * 2 ** BINARY[suffix], "binary"
    elif EXPONENT.match(suffix):
        e = int(suffix[1:])
        if not -2 ** 31 <= e < 2 ** 31:
            return None
        if value == 0:
            family = "exponent"
        elif e < -MAX_EXPONENT and len(number) + e <= -9:
            # Below a nano whatever the digits (fewer than len(number) before the point).
            value, family = Fraction(1, NANO), "exponent"
        elif abs(e) > MAX_EXPONENT:
            raise Unknown(v)
        else:
            value, family = value * Fraction(10) ** e, "exponent"
    else:
        return None
    if sign == "-":
        value = -value
    return rounded_to_nano(value, family)


def rounded_to_nano(value, family):
    scaled = value * NANO
    rounded = -((-scaled.numerator) // scaled.denominator) if value > 0 else scaled.numerator // scaled.denominator
    value = Fraction(rounded, NANO)
    if family == "binary" and abs(value) > 2 ** 63 - 1:
        value = (2 ** 63 - 1) * (1 if value > 0 else -1)
    return Fraction(value), family


def canonical(q):
    """The API server's canonical text (QuantityFormatter): the family kept, the number
    whole with the largest suffix or exponent."""
    value, family = q
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    if family == "binary" and magnitude.denominator == 1 and magnitude >= 1024:
        m, power = magnitude.numerator, 0
        while m % 1024 == 0 and power < 6:
            m, power = m // 1024, power + 1
        return sign + str(m) + ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"][power]
    digits, exponent = str(int(magnitude * NANO)), -9
    while digits.endswith("0"):
        digits, exponent = digits[:-1], exponent + 1
    down = exponent % 3
    digits, exponent = digits + "0" * down, exponent - down
    if exponent == 0:
        return sign + digits
    index = exponent // 3 + 3
    if family != "exponent" and 0 <= index < 10:
        return sign + digits + ["n", "u", "m", "", "k", "M", "G", "T", "P", "E"][index]
    return sign + digits + "e" + str(exponent)


def is_native(name):
    return "/" not in name or "kubernetes.io/" in name


def is_extended(name):
    return not is_native(name) and not name.startswith("requests.")


def is_hugepages(name):
    return name.startswith("hugepages-")


def whole_pages(name, q):
    page = quantity(name[len("hugepages-"):])
    if page is None or page[0] <= 0 or page[0].denominator != 1 or page[0] >= 2 ** 64:
        return False
    value = q[0]
    if value < 0:
        return False
    pages = -((-value.numerator) // value.denominator)
    return pages < 2 ** 64 and pages % page[0] == 0


def amounts(m):
    """The entries the decoder keeps (null values are dropped), as written: a value is
    computed only when a rule needs it."""
    return {name: v for name, v in (m.items() if isinstance(m, dict) else []) if v is not None}


def value(v):
    q = quantity(v)
    if q is None:
        raise Unknown(v)
    return q


def resource_problems(res, gpu=None, count=0):
    """The rules broken by one container's resources."""
    out = set()
    limits, requests = amounts(res.get("limits")), amounts(res.get("requests"))
    if gpu and count > 0:
        limits[gpu] = requests[gpu] = count
    for name, v in list(limits.items()) + list(requests.items()):
        if is_extended(name) and value(v)[0].denominator != 1:
            out.add("extended-fraction")
        if is_hugepages(name) and not whole_pages(name, value(v)):
            out.add("hugepages-pages")
    for name, v in requests.items():
        overcommit = is_native(name) and not is_hugepages(name)
        limit = limits.get(name)
        if limit is None:
            if not overcommit:
                out.add("limit-required")
        elif not overcommit and value(limit)[0] != value(v)[0]:
            out.add("limit-required")
        elif value(limit)[0] < value(v)[0]:
            out.add("request-above-limit")
    names = set(limits) | set(requests)
    if any(is_hugepages(n) for n in names) and not names & {"cpu", "memory"}:
        out.add("hugepages-alone")
    return out


def gpu_count(role):
    p = role.get("parallelism")
    p = p if isinstance(p, dict) else {}
    factors = [p.get("tensor"), p.get("dataLocal")]
    n = 1
    for f in factors:
        n *= max(f, 1) if isinstance(f, int) and not isinstance(f, bool) else 1
    return n


def annotations_size(m):
    if not isinstance(m, dict):
        return 0
    return sum(len(k.encode()) + len(v.encode()) for k, v in m.items() if isinstance(v, str))


def divisor_problems(env):
    out = set()
    for e in env if isinstance(env, list) else []:
        ref = ((e.get("valueFrom") or {}) if isinstance(e, dict) else {})
        ref = ref.get("resourceFieldRef") if isinstance(ref, dict) else None
        if not isinstance(ref, dict) or not isinstance(ref.get("resource"), str) or ref.get("divisor") is None:
            continue
        resource = ref["resource"]
        try:
            q = quantity(ref["divisor"])
            text = None if q is None else canonical(q)
        except Unknown:
            # An exponent far from 1: its canonical form keeps the exponent, never allowed.
            text = "e"
        if text is None or text == "0":
            continue
        hugepages = resource.startswith(("limits.hugepages-", "requests.hugepages-"))
        if resource.endswith(".cpu"):
            allowed = CPU_DIVISORS
        elif hugepages or resource.endswith((".memory", ".ephemeral-storage")):
            allowed = BYTE_DIVISORS
        else:
            continue
        if text not in allowed:
            out.add("divisor-spelling")
    return out


def problems(doc):
    """The rules of RULES that doc breaks, or {"unknown"} when the model cannot tell."""
    try:
        return _problems(doc)
    except Unknown:
        return {"unknown"}


def _problems(doc):
    out = set()
    spec = doc.get("spec") if isinstance(doc, dict) else None
    if not isinstance(spec, dict):
        return out
    meta = doc.get("metadata")
    if isinstance(meta, dict) and annotations_size(meta.get("annotations")) > ANNOTATIONS_LIMIT:
        out.add("annotations-size")
    accelerator = spec.get("accelerator")
    kind = accelerator.get("type") if isinstance(accelerator, dict) else None
    gpu = GPU_RESOURCES.get(kind) if isinstance(kind, str) else None
    for name in ("decode", "prefill"):
        role = spec.get(name)
        if not isinstance(role, dict):
            continue
        if annotations_size(role.get("annotations")) > ANNOTATIONS_LIMIT:
            out.add("annotations-size")
        if isinstance(role.get("resources"), dict):
            out |= resource_problems(role["resources"], gpu, gpu_count(role))
    pool = spec.get("inferencePool")
    picker = pool.get("endpointPicker") if isinstance(pool, dict) else None
    res = picker.get("resources") if isinstance(picker, dict) else None
    if isinstance(res, dict):
        out |= resource_problems(res)
        claims = res.get("claims") if isinstance(res.get("claims"), list) else []
        claims = [c.get("name") for c in claims if isinstance(c, dict)]
        names = [n for n in claims if isinstance(n, str)]
        if len(set(names)) < len(names):
            out.add("claims-duplicate")
    engine = spec.get("engine")
    if isinstance(engine, dict):
        out |= divisor_problems(engine.get("env"))
    return out
