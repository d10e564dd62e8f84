"""Generate N event articles from the corpus templates, with varied facts, for benchmarks.

Each output article is one of tests/data/corpus/articles/ (same format: .txt, .md or .html)
with its facts varied: years shifted, day numbers changed, cities swapped for other capitals,
head counts changed, organisation names rotated; and a closing reference line that makes its
bytes, hence its record id, unique. Same N and seed give the same files.

    python3 bench/gen_corpus.py OUT_DIR -n 10000 [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "tests" / "data" / "corpus" / "articles"

CITIES = ["Dushanbe", "Ashgabat", "Bishkek", "Almaty", "Astana", "Tashkent", "Samarkand",
          "Khujand", "Osh", "Tbilisi", "Yerevan", "Baku", "Chisinau", "Skopje", "Tirana",
          "Belgrade", "Sarajevo", "Podgorica", "Pristina", "Kyiv", "Vienna", "Warsaw"]
ORGS = ["OSCE Office in Tajikistan", "OSCE Programme Office in Bishkek",
        "OSCE Centre in Ashgabat", "OSCE Mission to Skopje", "OSCE Mission to Serbia",
        "United Nations Office on Drugs and Crime (UNODC)", "UNICEF", "UNDP",
        "European Union", "Council of Europe"]
DONORS = ["Government of Japan", "Government of Germany", "Government of Norway",
          "Government of Switzerland", "European Union", "Government of the United States"]

_YEAR = re.compile(r"\b(20[012]\d)\b")
_DAY_MONTH = re.compile(r"\b([1-9]|[12]\d|3[01]) (January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)\b")
_COUNT = re.compile(r"\b(\d{2,3}) (participants|officers|officials|judges|journalists|"
                    r"students|representatives|experts|women|people)\b")


def templates() -> list[Path]:
    return sorted(p for p in TEMPLATES.iterdir() if p.suffix in {".txt", ".md", ".html"})


def vary(text: str, index: int, rng: random.Random) -> str:
    """The template with its facts changed consistently within one article."""
    shift = rng.randint(-6, 1)
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    day = rng.randint(1, 27)
    text = _DAY_MONTH.sub(lambda m: f"{day if int(m.group(1)) <= 27 else m.group(1)} "
                                    f"{m.group(2)}", text)
    text = _COUNT.sub(lambda m: f"{rng.randint(10, 400)} {m.group(2)}", text)
    present = [c for c in CITIES if c in text]
    if present:
        old = present[0]
        new = rng.choice([c for c in CITIES if c != old])
        text = text.replace(old, new).replace(old.upper(), new.upper())
    for donor in DONORS:
        if donor in text:
            text = text.replace(donor, rng.choice(DONORS))
            break
    org = rng.choice(ORGS)
    sentence = f"The event was also supported by the {org}."
    if "</p>" in text:
        text = text.replace("</p>", f" {sentence}</p>", 1)
        return text.replace("</body>", f"<p>Reference no. {index}.</p></body>", 1)
    return text.rstrip("\n") + f"\n\n{sentence} Reference no. {index}.\n"


def generate(out_dir: Path, count: int, seed: int = 1) -> list[Path]:
    """Write ``count`` articles into ``out_dir`` (in sub-folders of 1,000); return their paths."""
    rng = random.Random(seed)
    sources = [(p, p.read_text(encoding="utf-8")) for p in templates()]
    written = []
    for index in range(count):
        template, text = sources[index % len(sources)]
        folder = out_dir / f"{index // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        dest = folder / f"{index:06d}-{template.stem}{template.suffix}"
        dest.write_text(vary(text, index, rng), encoding="utf-8")
        written.append(dest)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", "--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = generate(args.out, args.count, args.seed)
    print(f"{len(paths)} articles in {args.out}")


if __name__ == "__main__":
    main()
