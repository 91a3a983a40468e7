"""Sides shared between the triggers of one attack (events/incident_sides.share_sides) read the
victims' number from a side's display name; a side built without one must not stop the
pipeline (a crash seen on an unseen ant-multisource article in the fourteenth session)."""

from __future__ import annotations

from rasd.document import Event, Mention
from rasd.events.incident_sides import share_sides

# The construction the rule is for: the attack has the
# attackers, the killing the counted victims.
SENTENCE = "قتل أربعة جنود في هجوم شنه مسلحون على نقطة تفتيش شمال سيناء."


def _assaults(doc):
    return [e for e in doc.events if e.type == "ASSAULT"]


def test_a_side_without_a_display_name_counts_nobody(nlp):
    doc = nlp.analyze(SENTENCE)
    attack = _assaults(doc)[0]
    # The same stretch as the other trigger's source and as this one's target, the
    # target built without a display name: the shape of the crash.
    side = attack.source or attack.target
    assert side is not None
    told_again = Event(attack.start, attack.end, "ASSAULT", attack.sentence, source=side)
    nameless = Mention(side.start, side.end, None)
    victims = Event(attack.start, attack.end, "ASSAULT", attack.sentence, target=nameless)
    share_sides([told_again, victims])
    assert told_again.source is side  # a nameless side is no count of victims


def test_the_counted_victims_are_not_the_attackers(nlp):
    doc = nlp.analyze(SENTENCE)
    sources = {doc.slice(e.source) for e in _assaults(doc) if e.source is not None}
    assert not any("أربعة" in s for s in sources)
