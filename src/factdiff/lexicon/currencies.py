"""Currencies by name and by code, from ISO 4217 as pycountry carries it.

An amount's currency is its key (factdiff.extract.numbers): "62 millions de francs",
"CHF 68m" and "68 million Swiss francs" must all read FRANC. The names come from
ISO 4217 in English and, through pycountry's translations, in French. A French
currency name opens on its unit ("Franc suisse", "Couronne danoise", "Rouble russe"),
an English one most often closes on it ("Swiss Franc", "Danish Krone"); the units of
one code in both languages are keyed by the French unit ("krone" and "couronne" both
read COURONNE), and the three currencies the concept lexicon names keep their
concepts (EURO, DOLLAR, POUND).
"""

from __future__ import annotations

import functools
import gettext

from factdiff.text import fold

# Concepts of the currencies the concept lexicon names (factdiff.lexicon.concepts).
_KNOWN = {"euro": "EURO", "dollar": "DOLLAR", "livre": "POUND"}
# Closing words of English names that are not the unit ("Pound Sterling", "CFA Franc BEAC").
_NOT_UNITS = frozenset({"sterling", "uruguayo", "soberano", "beac", "bceao", "new", "convertible"})
# Opening words of French names that are not the unit ("Nouveau shekel").
_FR_NOT_UNITS = frozenset({"nouveau", "nouvelle"})
# Units of account, not money ("Unidad de Fomento", "Unité de fomento").
_ACCOUNT_UNITS = frozenset({"unite"})


def _words(name: str) -> list[str]:
    return [w for w in fold(name).replace("(", " ").split() if w.isalpha()]


@functools.cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(unit word, singular and plural, in either language -> key; ISO code -> key)."""
    import pycountry

    french = gettext.translation("iso4217", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    words: dict[str, str] = {}
    codes: dict[str, str] = {}
    for currency in pycountry.currencies:
        name = currency.name
        # metals, funds and units of account ("Gold", "Bond Markets Unit ...") are no
        # money an article counts in; the CFA and CFP francs are
        if currency.alpha_3.startswith("X") and "franc" not in name.lower():
            continue
        if "(" in name:
            continue  # a fund or a settlement variant: "US Dollar (Next day)"
        english = [w for w in _words(name) if w not in _NOT_UNITS]
        fr_words = [w for w in _words(french.gettext(name)) if w not in _FR_NOT_UNITS]
        if not english or not fr_words:
            continue
        fr_unit = fr_words[0]
        if fr_unit in _ACCOUNT_UNITS:
            continue
        key = _KNOWN.get(fr_unit, fr_unit.upper())
        codes[currency.alpha_3] = key
        # the English unit: the French one when both write it ("Rial Omani", "Yuan
        # Renminbi"), else the English name's last word ("Danish Krone")
        units = {fr_unit, fr_unit if fr_unit in english else english[-1]}
        for unit in units:
            for form in (unit, unit + "s"):
                words.setdefault(form, key)
    return words, codes


def currency_of_word(word: str) -> str | None:
    """The currency a (folded, lower-case) word names: "francs" -> FRANC, "yen" -> YEN."""
    return _tables()[0].get(word)


def currency_of_code(code: str) -> str | None:
    """The currency of an ISO 4217 code in capitals: "CHF" -> FRANC, "INR" -> ROUPIE."""
    return _tables()[1].get(code)


def currency_keys() -> frozenset[str]:
    """Every currency key."""
    return frozenset(_tables()[1].values())
