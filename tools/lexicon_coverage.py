#!/usr/bin/env python3
"""Measure how much of PETRARCH's CAMEO verb dictionary sitrep's event lexicon covers, code by code.

A dev tool, not part of the engine. It reads

  * sitrep's lexicon (sitrep-core/src/main/resources/org/sitrep/coding/verbs.txt),
  * sitrep's code table (cameo-codes.tsv next to it), the list of codes to cover,
  * PETRARCH2's CAMEO.2.0.txt verb dictionary (verb blocks, verbs, patterns),

and reduces the PETRARCH dictionary to facts "verb V expresses code C": V's own code (or its block's), and
the code of every pattern written for V (PETRARCH names the verb a pattern was written for after the code).
A fact is covered when sitrep has a pattern with that code whose trigger is V (for a phrasal verb such as
"hand over", a pattern on "hand" requiring the particle "over" or with an "over" slot).

  python3 tools/lexicon_coverage.py --petrarch ../shared/eval/petrarch/CAMEO.2.0.txt            # summary
  python3 tools/lexicon_coverage.py --petrarch ... --codes                 # + per code, covered/missing verbs
  python3 tools/lexicon_coverage.py --petrarch ... --candidates 163        # draft sitrep lines for gaps

Candidates are drafts in sitrep's pattern language for a human to judge: PETRARCH's patterns are linear
word sequences and many hold only in a sense newswire rarely uses, so nothing goes into the lexicon
unread. Lines taken from them carry the flag src=petrarch.
"""
import argparse
import collections
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, "..", "sitrep-core", "src", "main", "resources", "org", "sitrep", "coding")

PREPOSITIONS = {"to", "on", "with", "against", "by", "from", "of", "in", "at", "into", "for", "toward",
                "towards", "over", "about", "upon", "between", "among", "through", "across", "onto", "near",
                "within", "behind", "outside", "inside", "under", "after", "before", "around", "beyond",
                "like", "as", "than", "off", "out", "up", "down", "back", "away"}


def read_codes(path):
    codes = collections.OrderedDict()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            codes[fields[0]] = fields[1]
    return codes


class SitrepPattern:
    def __init__(self, code, rule, words, flags):
        self.code, self.rule, self.words, self.flags = code, rule, words, flags
        self.noun = words[0] != "SOURCE"
        self.trigger = words[0] if self.noun else words[1]
        rest = words[1:] if self.noun else words[2:]
        # Keys under which the pattern covers a (phrasal) verb: the trigger, and trigger + each later word
        # that may be a particle or the preposition of a slot ("hand over", "ask for", "give in").
        self.keys = {self.trigger}
        for w in rest:
            if w in PREPOSITIONS:
                self.keys.add(self.trigger + " " + w)
        for w in rest:
            if w not in ("SOURCE", "TARGET", "*"):
                self.keys.add(self.trigger + " " + w)


def read_sitrep(path):
    patterns = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            flags = []
            if "[" in text:
                text, _, flag_text = text.partition("[")
                flags = [x.strip() for x in flag_text.rstrip("]").split(",") if x.strip()]
            fields = text.split()
            patterns.append(SitrepPattern(fields[0], fields[1], fields[2:], flags))
    return patterns


def lemma(word):
    """A crude lemma of an upper-case PETRARCH word, enough to compare with CoreNLP lemmas of nouns."""
    w = word.lower()
    irregular = {"talks": "talk", "arms": "arm", "forces": "force", "troops": "troop", "children": "child",
                 "people": "people", "news": "news", "relations": "relation", "ties": "tie", "media": "media"}
    if w in irregular:
        return irregular[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and re.search(r"(ss|x|ch|sh)es$", w):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


class PetrarchFact:
    def __init__(self, code, verb, kind, pattern, line):
        self.code, self.verb, self.kind, self.pattern, self.line = code, verb, kind, pattern, line


IRREGULAR_PAST = {"laid": "lay", "paid": "pay", "wrote": "write", "saw": "see", "went": "go", "shot": "shoot",
                  "forgave": "forgive", "forgiven": "forgive", "sped": "speed", "struck": "strike", "took": "take"}
NOT_PAST = {"need", "seed", "embed", "shed", "proceed", "exceed", "succeed", "speed", "feed", "bleed", "breed",
            "heed", "bed", "red", "shred", "wed", "weed", "reed"}


def base_form(word):
    """PETRARCH names some verbs in the past tense (STEPPED_UP, RULED_OUT); sitrep's triggers are lemmas."""
    if word in IRREGULAR_PAST:
        return IRREGULAR_PAST[word]
    if len(word) > 4 and word.endswith("ed") and word not in NOT_PAST:
        stem = word[:-2]
        if stem.endswith("i"):
            return stem[:-1] + "y"
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]
        if re.search(r"(at|iz|is|ur|ir|uc|ul|ar|ag|as|ang|ev|ov|iv|ac|ot)$", stem):
            return stem + "e"
        return stem
    return word


def verb_key(text):
    """'+ASK_FOR {...}' or 'HAND_OVER' -> 'ask for', 'hand over'; the verb word first."""
    text = re.sub(r"\{[^}]*\}", "", text)
    words = [w for w in re.split(r"[\s_]+", text.strip()) if w]
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    words = [w.lstrip("+").lower() for w in words]
    words = [w for w in words if w]
    if not words:
        return None
    at = marked[0] if marked else 0
    at = min(at, len(words) - 1)
    # sitrep keys phrasal verbs by the verb word, then its particle or object word.
    return " ".join([base_form(words[at])] + words[:at] + words[at + 1:])


def read_petrarch(path):
    facts = []
    synsets = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    in_verbs = False
    current_set = None
    block_code = None
    block_verbs = []
    for number, raw in enumerate(lines, 1):
        if "VERB PATTERNS" in raw and raw.startswith("#"):
            in_verbs = True
            continue
        body, _, comment = raw.partition("#")
        line = body.strip()
        if not in_verbs:
            if line.startswith("&"):
                current_set = line.split()[0].rstrip("_")
                synsets[current_set] = []
            elif line.startswith("+") and current_set:
                synsets[current_set].append(line[1:].strip())
            continue
        if not line:
            continue
        header = re.match(r"^---\s+(.+?)\s+\[([^\]]*)\]", line)
        if header:
            block_code = header.group(2).split(":")[0].strip()
            block_verbs = []
            continue
        code_match = re.search(r"\[([^\]]*)\]\s*$", line)
        if line.startswith("-"):
            if not code_match:
                continue
            code = code_match.group(1).split(":")[0].strip()
            origin = comment.strip().split()[0] if comment.strip() else None
            verbs = [verb_key(origin)] if origin else block_verbs
            pattern = line[1:code_match.start()].strip()
            for v in verbs:
                if v and re.fullmatch(r"\d{2,4}", code):
                    facts.append(PetrarchFact(code, v, "pattern", pattern, number))
            continue
        code = code_match.group(1).split(":")[0].strip() if code_match else block_code
        name = line[:code_match.start()] if code_match else line
        v = verb_key(name)
        if not v:
            continue
        block_verbs.append(v)
        if code and re.fullmatch(r"\d{2,4}", code):
            facts.append(PetrarchFact(code, v, "verb", "", number))
    return facts, synsets


def draft(fact, synsets):
    """A draft sitrep line for a PETRARCH pattern of the simple shape '* words (prep words) +', or None."""
    text = fact.pattern
    if not fact.pattern:
        return "SOURCE %s TARGET" % fact.verb
    before, star, after = text.partition("*")
    if not star or before.strip():
        return None  # words or slots before the verb: passives and subjects sitrep reads otherwise
    out = ["SOURCE", fact.verb.split()[0]]
    out += fact.verb.split()[1:]
    target = False
    for chunk in re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", after):
        inner = chunk.strip("(){}")
        for w in inner.replace("_", " ").split():
            if w == "+":
                if target:
                    return None
                out.append("TARGET")
                target = True
            elif w in ("$", "%", "^"):
                return None
            elif w.startswith("&"):
                members = synsets.get(w.rstrip("_"), [])
                if not members:
                    return None
                out.append(lemma(members[0].split("_")[0].split()[0]))
            else:
                out.append(lemma(w))
    return " ".join(out)


def forms(verb):
    """Regular inflections of a verb word, enough to count it in raw text."""
    v = verb.split()[0]
    out = {v, v + "s", v + "ed", v + "ing", v + "d", v + "es"}
    if v.endswith("e"):
        out |= {v[:-1] + "ing", v + "d"}
    if v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
        out |= {v[:-1] + "ies", v[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", v):
        out |= {v + v[-1] + "ed", v + v[-1] + "ing"}
    return out


def word_counts(path, limit):
    """Word counts over the first `limit` articles of a JSON-lines corpus (gzipped or not)."""
    counts = collections.Counter()
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= limit:
                break
            record = json.loads(line)
            text = " ".join(str(record.get(k, "")) for k in ("title", "content", "text", "body"))
            counts.update(re.findall(r"[a-z]+(?:-[a-z]+)?", text.lower()))
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--petrarch", required=True, help="PETRARCH2 CAMEO.2.0.txt")
    parser.add_argument("--lexicon", default=os.path.join(RESOURCES, "verbs.txt"))
    parser.add_argument("--table", default=os.path.join(RESOURCES, "cameo-codes.tsv"))
    parser.add_argument("--codes", action="store_true", help="list covered and missing verbs per code")
    parser.add_argument("--candidates", nargs="*", metavar="CODE_PREFIX",
                        help="print draft sitrep lines for uncovered facts of these code prefixes (all if none)")
    parser.add_argument("--check-provenance", action="store_true",
                        help="list src=petrarch lines whose code and verb are no CAMEO.2.0 fact")
    parser.add_argument("--rank", metavar="CORPUS",
                        help="with --candidates: order them by how often the verb occurs in this JSON-lines corpus")
    parser.add_argument("--rank-limit", type=int, default=5000, help="articles read for --rank")
    args = parser.parse_args()

    table = read_codes(args.table)
    sitrep = read_sitrep(args.lexicon)
    facts, synsets = read_petrarch(args.petrarch)
    facts = [f for f in facts if f.code in table]

    covered_keys = collections.defaultdict(set)  # code -> verb keys
    patterns_per_code = collections.Counter()
    sources = collections.Counter()
    for p in sitrep:
        patterns_per_code[p.code] += 1
        covered_keys[p.code] |= p.keys
        src = [f for f in p.flags if f.startswith("src=")]
        sources[src[0][4:] if src else "hand"] += 1

    leaf_codes = [c for c in table if len(c) >= 3]
    with_pattern = [c for c in leaf_codes if patterns_per_code[c] > 0]
    pairs = collections.defaultdict(set)
    for f in facts:
        pairs[f.code].add(f.verb)
    all_pairs = {(c, v) for c, vs in pairs.items() for v in vs}
    covered_pairs = {(c, v) for c, v in all_pairs if v in covered_keys[c]}
    verb_pairs = {(f.code, f.verb) for f in facts if f.kind == "verb"}
    covered_verb_pairs = verb_pairs & covered_pairs

    print("sitrep patterns: %d (%s)" % (len(sitrep), ", ".join(
        "%s %d" % (k, v) for k, v in sorted(sources.items()))))
    print("CAMEO codes (3-4 digits) in the table: %d; with >=1 sitrep pattern: %d; without: %s" % (
        len(leaf_codes), len(with_pattern), " ".join(c for c in leaf_codes if patterns_per_code[c] == 0) or "-"))
    print("PETRARCH (code, verb) facts: %d; covered by sitrep: %d (%.1f%%)" % (
        len(all_pairs), len(covered_pairs), 100.0 * len(covered_pairs) / max(1, len(all_pairs))))
    print("  of them a verb's own or its block's code: %d; covered: %d (%.1f%%)" % (
        len(verb_pairs), len(covered_verb_pairs), 100.0 * len(covered_verb_pairs) / max(1, len(verb_pairs))))
    petrarch_verbs = {v for _, v in all_pairs}
    sitrep_triggers = set().union(*covered_keys.values())
    print("PETRARCH verbs with a code: %d; used as a sitrep trigger for any code: %d (%.1f%%)" % (
        len(petrarch_verbs), len(petrarch_verbs & sitrep_triggers),
        100.0 * len(petrarch_verbs & sitrep_triggers) / max(1, len(petrarch_verbs))))
    roots = collections.OrderedDict()
    for c, v in all_pairs:
        r = roots.setdefault(c[:2], [0, 0])
        r[0] += 1
        r[1] += (c, v) in covered_pairs
    print("per root, facts covered: " + ", ".join(
        "%s %d/%d" % (r, roots[r][1], roots[r][0]) for r in sorted(roots)))

    if args.check_provenance:
        facts_by_code = collections.defaultdict(set)
        for f in facts:
            facts_by_code[f.code].add(f.verb)
        wrong = [p for p in sitrep if "src=petrarch" in p.flags and not (p.keys & facts_by_code[p.code])]
        print("src=petrarch lines: %d; without a matching CAMEO.2.0 fact: %d" % (
            sum("src=petrarch" in p.flags for p in sitrep), len(wrong)))
        for p in wrong:
            print("  %s %s %s" % (p.code, p.rule, " ".join(p.words)))

    if args.codes:
        for c in leaf_codes:
            have = sorted(v for v in pairs[c] if (c, v) in covered_pairs)
            lack = sorted(v for v in pairs[c] if (c, v) not in covered_pairs)
            print("%-5s %-55s patterns %3d  PETRARCH verbs covered %d/%d" % (
                c, table[c][:55], patterns_per_code[c], len(have), len(have) + len(lack)))
            if lack:
                print("      missing: " + ", ".join(lack))

    if args.candidates is not None:
        prefixes = args.candidates or [""]
        seen = set()
        counts = word_counts(args.rank, args.rank_limit) if args.rank else None
        frequency = (lambda f: sum(counts[w] for w in forms(f.verb))) if counts else (lambda f: 0)
        for f in sorted(facts, key=lambda f: (-frequency(f), f.code, f.verb, f.line)):
            if not any(f.code.startswith(p) for p in prefixes) or (f.code, f.verb) in covered_pairs:
                continue
            line = draft(f, synsets)
            if line and (f.code, line) not in seen:
                seen.add((f.code, line))
                count = ("%6d " % frequency(f)) if counts else ""
                print("%s%-5s %-45s # CAMEO.2.0.txt:%d %s" % (count, f.code, line, f.line, f.pattern))
    return 0


if __name__ == "__main__":
    sys.exit(main())
