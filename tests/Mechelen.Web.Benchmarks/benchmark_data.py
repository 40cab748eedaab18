"""Data for the outcome report benchmark: `event` prints a seed event with 20 sessions; `fill DB` adds
1,000 validated recommendations over the 15 areas (300 of them merged into 60 key recommendations)."""
import json
import random
import sqlite3
import sys

FRAGMENTS = [
    "Local and regional governments should be recognised as actors in the governance of migration",
    "cities need direct access to funding for the reception and integration of newcomers",
    "basic services such as health care and schooling must be open to all migrants whatever their status",
    "firewalls should separate public services from immigration enforcement",
    "migration data should be collected at city level, disaggregated and protective of privacy",
    "migrant organisations must take part in designing and evaluating local integration policies",
    "skills and qualifications obtained abroad should be recognised quickly",
    "affordable housing for newcomers should be spread across the city to prevent segregation",
    "national governments should consult mayors before changing reception policies",
    "the compact should refer to paragraph 28 of the New Urban Agenda",
]


def event():
    kinds = ["GuidedDiscussion", "ThematicSession", "SideEvent", "Plenary"]
    sessions = []
    for i in range(20):
        day, slot = divmod(i, 10)
        start = 8 * 60 + slot * 50
        sessions.append({
            "code": f"s{i + 1:02d}",
            "title": f"Session {i + 1}: {FRAGMENTS[i % len(FRAGMENTS)].split(' should')[0].split(' must')[0].split(' need')[0]}",
            "kind": kinds[i % len(kinds)],
            "date": f"2017-11-{16 + day}",
            "start": f"{start // 60:02d}:{start % 60:02d}",
            "end": f"{(start + 45) // 60:02d}:{(start + 45) % 60:02d}",
            "moderator": f"Moderator {i + 1}",
        })
    print(json.dumps({
        "code": "bench", "name": "Benchmark conference on cities and migration", "city": "Mechelen", "country": "Belgium",
        "startDate": "2017-11-16", "endDate": "2017-11-17", "timeZone": "Europe/Brussels",
        "hosts": "Host government; Host city", "partners": "Partner A; Partner B",
        "purpose": "a benchmark of the outcome report", "sessions": sessions,
    }, indent=2))


def fill(path):
    rnd = random.Random(2017)
    db = sqlite3.connect(path)
    event_id = db.execute("SELECT Id FROM Events WHERE Code = 'bench'").fetchone()[0]
    sessions = [r[0] for r in db.execute("SELECT Id FROM Sessions WHERE EventId = ? ORDER BY StartsAt", (event_id,))]
    areas = [r[0] for r in db.execute('SELECT Id FROM GovernanceAreas ORDER BY "Order"')]
    languages = ["English"] * 6 + ["French"] * 2 + ["Spanish"] * 2
    recs = []
    for i in range(1000):
        merged_into = i // 5 if i < 300 else None
        own = [areas[(merged_into // 4) % len(areas)]] if merged_into is not None else []
        tags = sorted(set(own + rnd.sample(areas, rnd.choice([1, 1, 2]))))
        text = "; ".join(rnd.sample(FRAGMENTS, rnd.choice([1, 2, 3]))) + f" (contribution {i + 1})."
        text = text[0].upper() + text[1:]
        at = f"2017-11-{16 + (i % 2)} {9 + i % 8:02d}:{i % 60:02d}:00"
        cur = db.execute(
            "INSERT INTO Recommendations (EventId, SessionId, Text, Levels, Actors, Language, Status, StatusBeforeMerge, "
            "CapturedByName, CreatedAt, UpdatedAt, Version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            (event_id, sessions[i % 20], text, rnd.randint(1, 31), rnd.randint(1, 511), languages[i % 10],
             "Merged" if merged_into is not None else "Validated", "Validated" if merged_into is not None else None,
             f"Rapporteur {i % 20 + 1}", at, at))
        db.executemany("INSERT INTO RecommendationAreas (RecommendationId, GovernanceAreaId) VALUES (?, ?)",
                       [(cur.lastrowid, a) for a in tags])
        recs.append((cur.lastrowid, merged_into))
    for k in range(60):
        area = areas[(k // 4) % len(areas)]
        cur = db.execute(
            'INSERT INTO KeyRecommendations (EventId, GovernanceAreaId, "Order", Wording, Status, CreatedByName, CreatedAt, UpdatedAt, Version) '
            "VALUES (?, ?, ?, ?, ?, 'officer', '2017-11-17 12:00:00', '2017-11-17 12:00:00', 0)",
            (event_id, area, k % 4 + 1, FRAGMENTS[k % len(FRAGMENTS)].capitalize() + ".", "Draft" if k % 12 == 11 else "Final"))
        db.executemany("INSERT INTO KeyRecommendationSources (KeyRecommendationId, RecommendationId, AddedAt) VALUES (?, ?, '2017-11-17 12:00:00')",
                       [(cur.lastrowid, rid) for rid, key in recs if key == k])
    db.commit()


if __name__ == "__main__":
    event() if sys.argv[1] == "event" else fill(sys.argv[2])
