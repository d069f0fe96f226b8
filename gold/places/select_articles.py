#!/usr/bin/env python3
"""Draws the candidate articles of the place dev set from ../shared/corpora, deterministically.

Prints one JSON line per candidate: corpus, article id, title and the start of the body, for the annotator
to read. Only references (corpus, article id, sha256 of the body) go into refs.jsonl; the text stays in the
corpus. Run from the repository root:  python3 gold/places/select_articles.py ../shared/corpora > /tmp/cands

Selection: AllSides articles of conflict topics and NewsCluster articles of the world category whose body
names a conflict word (attack, killed, strike, bomb, troops, fighting, rebels, militants, shelling, clashes,
explosion, airstrike, shooting, protest); a fixed random seed; the candidates are interleaved by source.
"""
import glob, gzip, hashlib, json, os, random, re, sys

TOPICS = {"middle_east": 140, "terrorism": 45, "isis": 45, "world": 35}
NEWSCLUSTER = 40
SEED = 20261202
CONFLICT = re.compile(r"\b(attack|attacks|killed|airstrikes?|air strikes?|bomb(?:ing|ed|s)?|troops|fighting|"
                      r"rebels|militants|shelling|clashes|explosion|shooting|protesters)\b", re.I)

def body_hash(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

def main():
    corpora = sys.argv[1]
    rng = random.Random(SEED)
    by_topic = {t: [] for t in TOPICS}
    with gzip.open(os.path.join(corpora, "allsides/articles.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            text = d.get("content_original") or ""
            if d["topic"] in by_topic and len(CONFLICT.findall(text[:3000])) >= 2:
                by_topic[d["topic"]].append((d["ID"], d["title"], d.get("date"), text))
    out = []
    for topic, want in TOPICS.items():
        arts = sorted(by_topic[topic])
        rng.shuffle(arts)
        for article_id, title, date, text in arts[:want]:
            out.append({"corpus": "allsides", "article": article_id, "topic": topic, "date": date,
                        "title": title, "sha256": body_hash(text), "lead": text[:900]})
    news = []
    for path in sorted(glob.glob(os.path.join(corpora, "newscluster/news_cluster/*.json"))):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        text = d.get("text") or ""
        if d["newsCluster"]["Category"] == "world" and len(CONFLICT.findall(text[:3000])) >= 1:
            news.append((os.path.basename(path), d["title"], d.get("date_publish"), text))
    rng.shuffle(news)
    for name, title, date, text in news[:NEWSCLUSTER]:
        out.append({"corpus": "newscluster", "article": name, "topic": "world", "date": date,
                    "title": title, "sha256": body_hash(text), "lead": text[:900]})
    for item in out:
        print(json.dumps(item, ensure_ascii=False))

if __name__ == "__main__":
    main()
