"""Seeded news archives that look like users' own: many outlets, hundreds of speakers, years of dates.

Where ``corpus_generator.py`` draws random words (for timing), this generator
writes readable English news from templates, so that headlines, dates, outlets
and statements can be checked against the truth it returns:

- outlets with host names as archives give them (``www.``, ``feeds.``, ``rss.``
  and ``amp.`` hosts of one site), each with its own topics;
- hundreds of named people with genders and roles, quoted in the patterns of
  ordinary news (quote then "he said", cue before a name, a name with a
  description, "according to", colon introductions, reported speech with and
  without "that", unnamed sources, continued quotes);
- optional HTML in the texts and headlines (paragraph tags, links, entities,
  line breaks), as news-archive exports keep it.

``generate_archive(n, ...)`` returns the articles and, in ``attrs["statements"]``,
the true statements (``doc_id``, ``speaker``, ``kind``, ``pattern``, ``quote``).
Nothing here is taken from a real article.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

FIRST_M = (
    "James John Robert Michael David William Richard Thomas Charles Daniel Matthew Anthony Mark Paul Steven Andrew "
    "Kenneth Joshua Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan "
    "Stephen Larry Justin Scott Frank Benjamin Gregory Samuel Raymond Patrick Alexander Jack Dennis Jerry Tyler "
    "Aaron Henry Adam Peter Nathan Zachary Walter Kyle Harold Carl Jeremy Keith Roger Arthur Terry Lawrence Sean "
    "Christian Ethan Austin Joe Albert Jesse Willie Billy Bruce Noah Jordan Dylan Ralph Roy Alan Wayne Eugene Juan "
    "Gabriel Louis Russell Randy Vincent Philip Logan Bobby Harry Johnny Ahmed Omar Rahul Arjun Kenji Hiroshi Luca "
    "Marco Pierre Jean Lars Sven Pavel Dmitri Ivan Tomasz Piotr Jan Mateo Diego Carlos"
).split()
FIRST_F = (
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Betty Sandra "
    "Ashley Dorothy Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Sharon "
    "Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Samantha Katherine Emma Ruth Christine "
    "Catherine Debra Rachel Carolyn Janet Virginia Maria Heather Diane Julie Joyce Victoria Kelly Christina Joan "
    "Evelyn Lauren Judith Olivia Martha Cheryl Megan Andrea Hannah Jacqueline Ann Jean Alice Kathryn Gloria Teresa "
    "Sara Janice Doris Madison Julia Grace Judy Abigail Marie Denise Beverly Amber Theresa Marilyn Danielle Diana "
    "Priya Aisha Fatima Mei Yuki Sofia Elena Ingrid Astrid Olga Natalia Agnieszka Ewa Lucia Camila"
).split()
SURNAMES = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson "
    "Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis "
    "Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera "
    "Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart "
    "Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim "
    "Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo "
    "Sanders Patel Myers Long Ross Foster Jimenez Okafor Mensah Haddad Kowalski Novak Larsen Jensen Dubois Moreau "
    "Rossi Ferrari Schmidt Schneider Fischer Weber Tanaka Sato Suzuki Chen Wang Singh Kumar Ivanova Petrov Sokolov "
    "Lindqvist Virtanen Horvat Kovacs Papadopoulos Yilmaz Haddad Nakamura Holloway Whitaker Ashdown Fairweather"
).split()
ROLES = [
    ("the finance minister", "Finance Minister"),
    ("the health secretary", "Health Secretary"),
    ("the opposition leader", "opposition leader"),
    ("the city's mayor", "Mayor"),
    ("a spokesperson for the transport ministry", None),
    ("the head of the teachers' union", None),
    ("the chief economist at the Harbour Institute", None),
    ("a professor of public policy at Northgate University", "Professor"),
    ("the chief executive of the regional water company", None),
    ("the chair of the environment committee", None),
    ("the police commissioner", "Commissioner"),
    ("the foreign minister", "Foreign Minister"),
]
TOPICS = {
    "floods": {
        "nouns": ["flood defences", "river levels", "the storm", "evacuation centres", "the sea wall"],
        "verbs": ["protect", "rebuild", "repair", "fund", "inspect"],
        "keywords": ["flood", "flooding", "storm", "rainfall"],
    },
    "energy": {
        "nouns": ["energy prices", "the price cap", "household bills", "gas supplies", "the new wind farm"],
        "verbs": ["cut", "freeze", "review", "subsidise", "expand"],
        "keywords": ["energy", "gas", "electricity", "bills"],
    },
    "rail": {
        "nouns": ["the rail strike", "train services", "the new line", "ticket prices", "the timetable"],
        "verbs": ["restore", "improve", "suspend", "negotiate", "extend"],
        "keywords": ["rail", "train", "strike", "commuters"],
    },
    "housing": {
        "nouns": ["housing costs", "the building programme", "rents", "social housing", "planning rules"],
        "verbs": ["build", "reform", "cap", "expand", "simplify"],
        "keywords": ["housing", "homes", "rent", "tenants"],
    },
    "ukraine": {
        "nouns": ["the war in Ukraine", "sanctions", "military aid", "the ceasefire talks", "refugees from Ukraine"],
        "verbs": ["support", "extend", "tighten", "fund", "welcome"],
        "keywords": ["Ukraine", "Ukrainian", "Kyiv", "sanctions"],
    },
    "health": {
        "nouns": ["waiting lists", "hospital funding", "the vaccine programme", "nursing pay", "emergency care"],
        "verbs": ["reduce", "increase", "protect", "review", "expand"],
        "keywords": ["hospital", "health", "patients", "nurses"],
    },
}
QUALITIES = [
    "a serious mistake",
    "good news for families",
    "long overdue",
    "simply not enough",
    "a step in the right direction",
    "deeply worrying",
    "the right decision",
    "a disaster for the region",
    "a real improvement",
    "unfair on the poorest",
]
OUTLET_WORDS_A = (
    "Northern Southern Eastern Western Capital Coastal Valley Harbour Metro Daily Evening Morning National Island "
    "River Mountain Lake Bay Central Union"
).split()
OUTLET_WORDS_B = (
    "Ledger Herald Courier Post Times Gazette Chronicle Observer Record Tribune Standard Mail Star Voice".split()
)
MONTH_LINK = "https://{host}/{date:%Y/%m/%d}/{slug}"


@dataclass(frozen=True)
class Person:
    """A generated person: name, gender (``m``/``f``) and a role."""

    name: str
    gender: str
    role: str
    title: str | None

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def pronoun(self) -> str:
        return "he" if self.gender == "m" else "she"


@dataclass(frozen=True)
class Outlet:
    """A generated outlet: its name, its site and the hosts its stories come from."""

    name: str
    site: str
    hosts: tuple[str, ...]


def make_people(n: int, rng: np.random.Generator) -> list[Person]:
    """``n`` people with distinct full names and distinct surnames (so a surname alone names one person)."""
    surnames = list(dict.fromkeys(SURNAMES))
    rng.shuffle(surnames)
    extra = [f"{a}-{b}" for a in surnames[:40] for b in surnames[40:80]]
    pool = surnames + [s for s in extra if s not in surnames]
    people = []
    for i in range(n):
        gender = "m" if rng.random() < 0.5 else "f"
        first = (FIRST_M if gender == "m" else FIRST_F)[int(rng.integers(len(FIRST_M if gender == "m" else FIRST_F)))]
        role, title = ROLES[int(rng.integers(len(ROLES)))]
        people.append(Person(f"{first} {pool[i]}", gender, role, title))
    return people


def make_outlets(n: int, rng: np.random.Generator) -> list[Outlet]:
    """``n`` outlets with distinct names, each served from two or three host names of its site."""
    names = [f"The {a} {b}" for a in OUTLET_WORDS_A for b in OUTLET_WORDS_B]
    order = rng.permutation(len(names))[:n]
    outlets = []
    for k in order:
        name = names[int(k)]
        site = name.lower().replace("the ", "").replace(" ", "") + ".example"
        prefixes = ["www", "feeds", "rss", "amp"]
        hosts = tuple(f"{p}.{site}" for p in prefixes[: 2 + int(rng.integers(0, 3))])
        outlets.append(Outlet(name, site, hosts))
    return outlets


def _quote(rng: np.random.Generator, topic: dict) -> str:
    noun = topic["nouns"][int(rng.integers(len(topic["nouns"])))]
    verb = topic["verbs"][int(rng.integers(len(topic["verbs"])))]
    quality = QUALITIES[int(rng.integers(len(QUALITIES)))]
    forms = [
        f"The plan for {noun} is {quality}",
        f"We will {verb} {noun} this year, whatever it costs",
        f"People have waited too long for us to {verb} {noun}",
        f"What they have announced on {noun} is {quality}",
    ]
    return forms[int(rng.integers(len(forms)))]


def _clause(rng: np.random.Generator, topic: dict) -> str:
    noun = topic["nouns"][int(rng.integers(len(topic["nouns"])))]
    verb = topic["verbs"][int(rng.integers(len(topic["verbs"])))]
    return f"the government would {verb} {noun} before the end of the year"


def _statements(rng, topic, person: Person, outlet: Outlet, first_mention: bool):
    """One paragraph attributing words to ``person``; returns ``(text, [(kind, pattern, quote)])``."""
    quote = _quote(rng, topic)
    clause = _clause(rng, topic)
    name = person.name if first_mention else f"{'Mr' if person.gender == 'm' else 'Ms'} {person.surname}"
    titled = f"{person.title} {person.name}" if person.title else person.name
    patterns = [
        ("quote-name-said", "direct", f'"{quote}," {name} said.'),
        ("quote-said-name", "direct", f'"{quote}," said {titled}.'),
        ("name-apposition-told", "direct", f'{person.name}, {person.role}, told {outlet.name}: "{quote}."'),
        ("name-said-that", "reported", f"{name} said that {clause}."),
        ("according-to", "reported", f"According to {name}, {clause}."),
        ("name-said-no-that", "reported", f"{name} said {clause}."),
    ]
    pattern, kind, text = patterns[int(rng.integers(len(patterns)))]
    said = quote if kind == "direct" else clause
    found = [(kind, pattern, said)]
    if rng.random() < 0.5:
        follow = _quote(rng, topic)
        text += f' "{follow}," {person.pronoun} added.'
        found.append(("direct", "quote-pronoun-added", follow))
    return text, found


def _narration(rng, topic: dict, outlet: Outlet) -> str:
    noun = topic["nouns"][int(rng.integers(len(topic["nouns"])))]
    keyword = topic["keywords"][int(rng.integers(len(topic["keywords"])))]
    forms = [
        f"The debate over {noun} has dominated the week, with {keyword} on the front pages of most newspapers.",
        f"Officials met on Tuesday to discuss {noun}, but no agreement was reached on the timetable.",
        f"Figures published this month showed that concern about {keyword} has risen for a third year.",
        f"Critics have long argued that {noun} deserved more attention from ministers.",
    ]
    return forms[int(rng.integers(len(forms)))]


def generate_archive(
    n: int,
    seed: int = 0,
    n_outlets: int = 40,
    n_people: int = 500,
    start: str = "2021-01-01",
    days: int = 730,
    html_share: float = 0.3,
) -> pd.DataFrame:
    """A news-archive table of ``n`` articles, with the true statements in ``attrs["statements"]``.

    Columns are those of a typical export: ``id``, ``publish_date`` (ISO text),
    ``title``, ``text``, ``media_name`` (a host name, as archives often give it),
    ``url``; plus the truth: ``outlet`` (the outlet's name), ``true_title``
    (the headline without HTML), ``topic``. ``html_share`` of the texts and a third
    of those headlines keep HTML (paragraph tags, links, entities, line breaks).
    """
    rng = np.random.default_rng(seed)
    people = make_people(n_people, rng)
    outlets = make_outlets(n_outlets, rng)
    topic_names = list(TOPICS)
    origin = pd.Timestamp(start, tz="UTC")
    rows, statements = [], []
    # A few people are quoted often, most rarely, as in real coverage.
    weights = 1.0 / np.arange(1, n_people + 1) ** 0.8
    weights /= weights.sum()
    for i in range(n):
        outlet = outlets[int(rng.integers(len(outlets)))]
        topic_name = topic_names[int(rng.integers(len(topic_names)))]
        topic = TOPICS[topic_name]
        published = origin + pd.Timedelta(minutes=int(rng.integers(0, days * 24 * 60)))
        doc_id = f"arc{i:06d}"
        speakers = [
            people[int(k)] for k in rng.choice(n_people, size=int(rng.integers(1, 4)), replace=False, p=weights)
        ]
        paragraphs = [_narration(rng, topic, outlet)]
        for person in speakers:
            for mention in range(int(rng.integers(1, 3))):
                text, found = _statements(rng, topic, person, outlet, first_mention=mention == 0)
                paragraphs.append(text)
                for kind, pattern, said in found:
                    statements.append((doc_id, person.name, kind, pattern, said))
            paragraphs.append(_narration(rng, topic, outlet))
        lead = speakers[0]
        title = f"{lead.name} on {topic['nouns'][0]}: {_quote(rng, topic).lower()}"
        title = title[0].upper() + title[1:]
        html = rng.random() < html_share
        text = "\n\n".join(paragraphs)
        shown_title = title
        if html:
            text = _as_html(paragraphs, rng, outlet)
            if rng.random() < 0.33:
                shown_title = title.replace("'", "&#39;").replace(":", "&#58;", 1)
        slug = "-".join(w.strip(":,'\"").lower() for w in title.split()[:8])
        host = outlet.hosts[int(rng.integers(len(outlet.hosts)))]
        rows.append(
            {
                "id": doc_id,
                "publish_date": published.isoformat(),
                "title": shown_title,
                "text": text,
                "media_name": host,
                "url": MONTH_LINK.format(host=host, date=published, slug=slug),
                "outlet": outlet.name,
                "true_title": title,
                "topic": topic_name,
            }
        )
    frame = pd.DataFrame(rows)
    frame.attrs["statements"] = pd.DataFrame(statements, columns=["doc_id", "speaker", "kind", "pattern", "quote"])
    frame.attrs["people"] = people
    frame.attrs["outlets"] = outlets
    return frame


def _as_html(paragraphs: list[str], rng: np.random.Generator, outlet: Outlet) -> str:
    parts = []
    for k, paragraph in enumerate(paragraphs):
        body = paragraph.replace("&", "&amp;").replace('"', "&quot;" if k % 3 == 0 else '"')
        if k == 0:
            body = body.replace("the front pages", f'the <a href="https://{outlet.site}/news">front pages</a>')
        parts.append(f"<p>{body}</p>" if k % 4 != 3 else f"{body}<br/><br/>")
    if rng.random() < 0.5:
        parts.append('<ul><li>Related: <a href="https://example.org/x">More coverage</a></li></ul>')
    return "\n".join(parts).replace(" the ", " the&nbsp;", 1)


def write_jsonl(frame: pd.DataFrame, path: Path) -> Path:
    """Write the export columns as JSON lines, as archive exports come."""
    columns = ["id", "publish_date", "title", "text", "media_name", "url"]
    with path.open("w", encoding="utf-8") as out:
        for record in frame[columns].to_dict("records"):
            out.write(json.dumps(record) + "\n")
    return path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    path = write_jsonl(generate_archive(args.articles, args.seed), args.out / "archive.jsonl")
    print(f"wrote {args.articles} articles to {path}")
