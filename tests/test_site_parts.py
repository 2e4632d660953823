"""Where in a site: a part by its side, its river bank or its floor, and its conflicts."""

from __future__ import annotations

import pytest

from conftest import claims
from helpers_articles import run_two


def _parts(text, lang):
    return [
        (
            c.surface,
            {
                k: v
                for k in ("site_part", "bearing", "hand", "levels")
                if (v := c.value.get(k)) is not None
            },
        )
        for c in claims(text, "location", lang)
        if c.value.get("site_part")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le feu a pris dans l'aile sud-ouest du lycée.",
            "fr",
            [("aile sud-ouest", {"site_part": "aile", "bearing": 225})],
        ),
        # the compass point after the noun's complement
        (
            "La fuite se situe dans l'unité de stockage nord de l'usine.",
            "fr",
            [("unité de stockage nord", {"site_part": "unite", "bearing": 0})],
        ),
        (
            "The roof of the north stand collapsed overnight.",
            "en",
            [("north stand", {"site_part": "stand", "bearing": 0})],
        ),
        (
            "Water poured into the eastern tunnel.",
            "en",
            [("eastern tunnel", {"site_part": "tunnel", "bearing": 90})],
        ),
        # "est" is also the verb: the gallery is closed, no side told
        ("La galerie est fermée depuis lundi.", "fr", []),
        # a side of a named place is a direction from that place, not a part of a site
        ("The fire reached the southern slopes of Mount Kenya.", "en", []),
        ("The north wind blew all night.", "en", []),
        (
            "Une fissure a été repérée sur la culée côté rive gauche.",
            "fr",
            [("culée côté rive gauche", {"site_part": "culee", "hand": "left"})],
        ),
        (
            "Divers inspected the right-bank abutment.",
            "en",
            [("right-bank abutment", {"site_part": "abutment", "hand": "right"})],
        ),
        (
            "Les archives étaient conservées au troisième étage.",
            "fr",
            [("troisième étage", {"site_part": "floor", "levels": [3]})],
        ),
        # British and American floors are counted from different ground: either
        (
            "The archive was kept on the fourth floor.",
            "en",
            [("fourth floor", {"site_part": "floor", "levels": [3, 4]})],
        ),
        (
            "Le serveur se trouvait au sous-sol.",
            "fr",
            [("sous-sol", {"site_part": "floor", "levels": [-1]})],
        ),
    ],
)
def test_a_part_of_a_site_by_its_side_bank_or_floor(text, lang, expected):
    assert _parts(text, lang) == expected


def _site_findings(report):
    return [f for f in report.findings if f.rule == "location.site_part"]


@pytest.mark.parametrize(
    ("english", "flagged"),
    [
        ("The fire broke out in the east wing of the Lycée Berthollet on Monday night.", 1),
        # a side 45 degrees from the other's is the same corner told loosely
        ("The fire broke out in the north-west wing of the Lycée Berthollet on Monday night.", 0),
    ],
)
def test_one_spot_of_a_site_on_two_sides(tmp_path, english, flagged):
    report = run_two(
        tmp_path,
        "L'incendie s'est déclaré lundi soir dans l'aile ouest du lycée Berthollet, à Annecy.",
        english,
    )
    assert len(_site_findings(report)) == flagged


@pytest.mark.parametrize(
    ("english", "flagged"),
    [
        ("The paintings hung in a third-floor room of the town library.", 1),
        # a British first floor is the French "premier étage"
        ("The paintings hung in a first-floor room of the town library.", 0),
    ],
)
def test_one_room_on_two_floors(tmp_path, english, flagged):
    report = run_two(
        tmp_path,
        "Les tableaux volés étaient accrochés dans une salle du premier étage de la "
        "bibliothèque municipale.",
        english,
    )
    assert len(_site_findings(report)) == flagged


def test_a_source_that_names_two_sides_tells_two_spots(tmp_path):
    report = run_two(
        tmp_path,
        "Les pompiers sont entrés par l'aile est, alors que le feu gagnait l'aile ouest du "
        "lycée Berthollet.",
        "The fire broke out in the east wing of the Lycée Berthollet on Monday night.",
    )
    assert _site_findings(report) == []
