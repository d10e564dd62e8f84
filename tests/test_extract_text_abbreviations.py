"""A full stop after a title, a rank or a short form ends no sentence when a capitalised word
or a number follows it (sentences written for these tests)."""

from __future__ import annotations

import pytest

from archive.extract.text import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize("sentence", [
    "The workshop was opened by Rev. Kofi Boateng of the diocese.",
    "Hon. Mary Achieng welcomed the delegates to the county hall.",
    "Gov. Ann Miller and Sen. Tom Reyes addressed the conference.",
    "A letter from Rep. Dana Cole was read to the participants.",
    "Capt. Lena Ortiz led the first session of the course.",
    "Supt. Grace Wanjiru of the traffic police spoke on road safety.",
    "Engr. Musa Bello presented the design of the new bridge.",
    "Smt. Lakshmi Devi inaugurated the health camp in the village.",
    "The camp was blessed by Fr. Joseph Mathew before it opened.",
    "Amb. Rita Gomez handed over the certificates to the graduates.",
    "Lt. Col. Sam Hale and Maj. Ivan Petrov observed the exercise.",
    "Insp. Ahmed Khan and Sgt. Paula Brown trained the new recruits.",
    "Brig. Gen. Olu Adeyemi closed the seminar on peacekeeping.",
    "Cllr. Jane Hughes chaired the public meeting on the bypass.",
    "Revd. Lin Wei and Msgr. Omar Haddad led the prayer service.",
])
def test_a_title_before_a_name_ends_no_sentence(sentence: str) -> None:
    assert _sentences(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The fair took place at Ft. Worth Convention Centre in the spring.",
    "Each trainee received a stipend of Rs. 5,000 for the week.",
    "The results appear in Vol. 2 of the report, with a map in Fig. 3 of the annex.",
    "Speakers came from the Kenya Assn. Of Engineers and the city.",
    "The course was run by the State Univ. Extension service.",
    "It was sponsored by Acme Corp. And its local partners.",
    "The grant came from the Dept. Of Justice last spring.",
    "Staff of Patel Bros. Ltd. Volunteered at the blood drive.",
    "The hall holds ca. 300 people, incl. 40 volunteers.",
    "Registration closes on Fri. March 5 at noon.",
])
def test_a_short_form_before_a_name_or_number_ends_no_sentence(sentence: str) -> None:
    assert _sentences(sentence) == [sentence]


def test_a_full_stop_after_an_ordinary_word_still_ends_the_sentence() -> None:
    text = "The seminar was held in the new hall. Rev. Boateng opened it. About 40 people came."
    assert _sentences(text) == ["The seminar was held in the new hall.", "Rev. Boateng opened it.",
                                "About 40 people came."]
