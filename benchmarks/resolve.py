"""Resolution lookups per second: `Gazetteer.resolve` on real place names and
`ActorResolver.resolve` on real actor strings, each against a plain dict lookup of the same keys
in the same run (the machine is shared and noisy, so the dict rate is the yardstick and the
ratio says what resolution costs). Target: >= 20,000 lookups/s each, with the index cached.

Inputs, as reports write them:
* places: every gold `location` of the UCDP dev file (duplicates kept: a real stream repeats
  names) and the WikiEvents `Place` arguments;
* actors: every gold `actor1`/`actor2` of the UCDP dev file, the WikiEvents arguments of actor
  and recipient roles (attacker, victim, target, ...), and the knowledge-base aliases that occur
  verbatim in the bundled sample reports.

    python benchmarks/resolve.py [--repeat R] [--seconds S]

The gazetteer index is built first if missing (not timed); each resolver then gets one warm-up
pass, so the timed passes measure lookups with the caches a long extraction run has.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from roydad.resolve.actors import ActorResolver
from roydad.resolve.places import Gazetteer

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "data" / "dev"
SAMPLES = HERE.parent / "src" / "roydad" / "data" / "samples" / "reports.jsonl"
TARGET = 20_000.0
_PLACE_ROLES = {"Place", "Origin", "Destination"}
_ACTOR_ROLES = {"Attacker", "Killer", "Jailer", "Injurer", "Perpetrator", "Demonstrator",
                "Communicator", "Target", "Victim", "Detainee", "Recipient", "Defendant"}


def _lines(name: str) -> list[dict[str, object]]:
    path = DEV / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _arguments(roles: set[str]) -> list[str]:
    out = []
    for line in _lines("wikievents_dev.jsonl"):
        gold = line["gold"]
        assert isinstance(gold, dict)
        out += [str(a["text"]) for a in gold.get("arguments") or [] if a["role"] in roles]
    return out


def place_names() -> list[str]:
    ucdp = [line["gold"]["location"] for line in _lines("ucdp_pakistan_dev.jsonl")]  # type: ignore[index]
    return [str(n) for n in ucdp if n] + _arguments(_PLACE_ROLES)


def actor_strings(resolver: ActorResolver) -> list[str]:
    ucdp = [line["gold"][side] for line in _lines("ucdp_pakistan_dev.jsonl")  # type: ignore[index]
            for side in ("actor1", "actor2")]
    out = [str(a) for a in ucdp if a] + _arguments(_ACTOR_ROLES)
    if SAMPLES.exists():
        texts = [json.loads(line)["text"] for line in SAMPLES.open(encoding="utf-8")]
        aliases = {alias for alias, _ in resolver.patterns() if len(alias) > 2}
        for text in texts:  # each alias as often as the samples write it
            for alias in aliases:
                out += re.findall(rf"(?<!\w){re.escape(alias)}(?!\w)", text)
    return out


def rate(call: Callable[[str], object], keys: Sequence[str], repeat: int, seconds: float
         ) -> float:
    """Best lookups/s over `repeat` rounds, each of whole passes until `seconds` have passed."""
    best = 0.0
    for _ in range(repeat):
        done, start = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - start) < seconds or not done:
            for key in keys:
                call(key)
            done += len(keys)
        best = max(best, done / elapsed)
    return best


def report(label: str, call: Callable[[str], object], keys: Sequence[str], repeat: int,
           seconds: float) -> bool:
    distinct = list(dict.fromkeys(keys))
    start = time.perf_counter()
    table = {key: call(key) for key in distinct}  # warm-up, and the dict to compare with
    cold = len(distinct) / (time.perf_counter() - start)
    resolved = rate(call, keys, repeat, seconds)
    plain = rate(table.__getitem__, keys, repeat, seconds)
    met = resolved >= TARGET
    print(f"{label}: {len(keys)} lookups of {len(distinct)} distinct keys\n"
          f"  resolve {resolved:14,.0f}/s   (first sight of each key: {cold:,.0f}/s)\n"
          f"  dict    {plain:14,.0f}/s\n"
          f"  ratio resolve/dict {resolved / plain:.4f}; target {TARGET:,.0f}/s "
          f"{'met' if met else 'NOT met'}")
    return met


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=0.5, help="per timing round")
    args = parser.parse_args()
    started = time.perf_counter()
    gazetteer = Gazetteer.load()
    actors = ActorResolver.load()
    print(f"loaded gazetteer {gazetteer.path.name} and {len(actors.entries)} actors "
          f"in {time.perf_counter() - started:.1f} s")
    places = place_names()
    mentions = actor_strings(actors)
    if not places or not mentions:
        raise SystemExit(f"no development data under {DEV}")
    ok = report("places", gazetteer.resolve, places, args.repeat, args.seconds)
    ok &= report("actors", actors.resolve, mentions, args.repeat, args.seconds)
    print("all targets met" if ok else "a target was NOT met")


if __name__ == "__main__":
    main()
