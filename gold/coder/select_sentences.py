#!/usr/bin/env python3
"""Draws the coder's real-news dev set from ../shared/corpora, deterministically.

Writes references only (corpus, article id, character span in the article body, sha256 of the sentence
text), never the text itself: `sitrep eval gold` reads the text from the corpus and checks the hash.
Run from the repository root:  python3 gold/coder/select_sentences.py ../shared/corpora > refs.jsonl

Selection: articles of political and conflict topics (AllSides) and of the world category (NewsCluster);
sentences of 8 to 45 words that name at least one country, demonym or political/security agent word;
at most one sentence an article; a fixed random seed. Sentences with no event are kept on purpose.
"""
import glob, gzip, hashlib, json, os, random, re, sys

TOPICS = {"middle_east": 90, "world": 50, "foreign_policy": 40, "terrorism": 35, "north_korea": 20,
          "russia": 20, "isis": 20, "national_security": 15, "us_military": 15, "defense": 10,
          "state_department": 15, "china": 10, "europe": 10, "great_britain": 5, "trade": 10}
NEWSCLUSTER = 55
SEED = 20261202

def actor_words(root):
    words = set()
    with open(os.path.join(root, "sitrep-core/src/main/resources/org/sitrep/actors/countries.tsv"),
              encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            for col in cols[1:4]:
                words.update(v for v in col.split("|") if v)
    words.update(["government", "military", "troops", "forces", "rebels", "militants", "police",
                  "president", "minister", "officials", "army", "ministry", "parliament", "Congress",
                  "Pentagon", "Kremlin", "NATO", "United Nations", "U.N.", "Taliban", "Hamas",
                  "Hezbollah", "Islamic State", "ISIS", "opposition", "protesters", "embassy"])
    return sorted(words, key=len, reverse=True)

def sentences(text):
    """Yields (start, end) of sentences: a plain splitter; the spans only need to be stable."""
    start = 0
    for m in re.finditer(r"[.!?][\"”’)]?(\s+)(?=[\"“A-Z0-9])", text):
        yield start, m.start(1)
        start = m.end(1)
    yield start, len(text)

def pick(rng, article_id, text, pattern, corpus):
    spans = []
    for s, e in sentences(text):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        sent = text[s:e]
        n = len(sent.split())
        if 8 <= n <= 45 and "\n" not in sent and pattern.search(sent):
            spans.append((s, e))
    if not spans:
        return None
    s, e = rng.choice(spans)
    sent = text[s:e]
    return {"corpus": corpus, "article": article_id, "start": s, "end": e,
            "sha256": hashlib.sha256(sent.encode("utf-8")).hexdigest()[:16]}

def main():
    corpora = sys.argv[1]
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in actor_words(root)) + r")(?![\w])")
    rng = random.Random(SEED)
    by_topic = {t: [] for t in TOPICS}
    with gzip.open(os.path.join(corpora, "allsides/articles.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["topic"] in by_topic and d.get("content_original"):
                by_topic[d["topic"]].append((d["ID"], d["content_original"]))
    out = []
    for topic, want in TOPICS.items():
        arts = by_topic[topic]
        rng.shuffle(arts)
        got = 0
        for article_id, text in arts:
            if got == want:
                break
            ref = pick(rng, article_id, text, pattern, "allsides")
            if ref:
                out.append(ref)
                got += 1
    files = sorted(glob.glob(os.path.join(corpora, "newscluster/news_cluster/*.json")))
    world = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        if d["newsCluster"]["Category"] == "world" and d.get("text"):
            world.append((os.path.basename(path), d["text"]))
    rng.shuffle(world)
    got = 0
    for article_id, text in world:
        if got == NEWSCLUSTER:
            break
        ref = pick(rng, article_id, text, pattern, "newscluster")
        if ref:
            out.append(ref)
            got += 1
    rng.shuffle(out)
    for i, ref in enumerate(out):
        ref = {"id": "s%03d" % (i + 1), "half": "dev" if i % 2 == 0 else "test", **ref}
        print(json.dumps(ref))

main()
