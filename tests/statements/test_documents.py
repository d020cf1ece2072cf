"""Documents by their own speaker: speeches with a header, addresses named in the headline, press conferences."""

import pandas as pd

import analysis
from analysis.statements.documents import document_speaker


def statements_of(title: str, text: str) -> pd.DataFrame:
    articles = pd.DataFrame(
        {"title": [title], "text": [text], "published": [pd.Timestamp("2022-03-01", tz="UTC")], "outlet": ["Site"]},
        index=pd.Index(["d"], name="doc_id"),
    )
    articles["original_source"] = pd.NA
    return analysis.extract_statements(articles, progress=False)


def test_document_speakers_from_a_header_line_or_a_headline():
    assert document_speaker("President: Abigail Marsh").name == "Abigail Marsh"
    assert document_speaker("President: Abigail Marsh").how == "header"
    by = document_speaker("We have gained candidate status – address by President Olena Hrytsenko")
    assert by.name == "Olena Hrytsenko" and by.role == "President" and "address" in by.how
    assert document_speaker("Remarks by Prime Minister Tomas Lind").name == "Tomas Lind"
    for news in ("Minister speaks on talks", "Covid: cases rise again", "President praises address by mayor",
                 "Statement by the Press Secretary", "Trump: I am the best"):  # fmt: skip
        assert document_speaker(news) is None, news


def test_a_few_words_another_called_something_leave_the_paragraph_the_speaker_s():
    text = (
        "Fellow citizens:\n\n"
        'We must recover what Tomas Berg called our "moral strength", and I ask you to help me do it.\n\n'
        "We will keep that promise."
    )
    s = statements_of("President: Abigail Marsh", text)
    speech = s[s["kind"] == "speech"]
    assert len(speech) == 2 and set(speech["speaker"]) == {"Abigail Marsh"}
    assert s[s["kind"] == "partial"][["speaker", "quote"]].values.tolist() == [["Tomas Berg", "moral strength"]]


def test_a_speech_is_its_speakers_first_person_text_and_others_keep_their_quotes():
    text = (
        "Fellow citizens:\n\n"
        "I come before you today to speak of the harvest and of the roads we must build together.\n\n"
        "The nation's mills are busy and its ports are full.\n\n"
        'As my predecessor Tomas Berg said, "A road is a promise kept."\n\n'
        "We will keep that promise, and I ask the Congress to help us keep it."
    )
    s = statements_of("President: Abigail Marsh", text)
    speech = s[s["kind"] == "speech"]
    assert set(speech["speaker"]) == {"Abigail Marsh"} and len(speech) == 2
    assert speech["quote"].iloc[0].startswith("I come before you")
    assert "Tomas Berg" in set(s["speaker"])  # the quoted predecessor keeps his words
    assert not (s["location"] == "title").any()  # "President: Abigail Marsh" is a label, not a statement


def test_a_press_conference_gives_each_turn_to_its_speaker_and_keeps_the_questions():
    text = (
        "THE PRESIDENT. Good afternoon. I have two announcements to make about the budget.\n\n"
        "Second, we will send the Congress a plan for the rivers next week.\n\n"
        "Q. Mr. President, will the plan raise taxes?\n\n"
        "THE PRESIDENT. No, it will not.\n\n"
        "Q: And the ports?\n\n"
        "THE PRESIDENT: The ports come next year."
    )
    s = statements_of("President: Abigail Marsh", text)
    turns = s[s["kind"] == "transcript"]
    assert list(turns["speaker"]) == ["Abigail Marsh", "questioner", "Abigail Marsh", "questioner", "Abigail Marsh"]
    assert "plan for the rivers" in turns["quote"].iloc[0]  # a turn runs over its paragraphs to the next label
    assert set(turns.loc[turns["speaker"] == "questioner", "speaker_type"]) == {"questioner"}


def test_labels_that_name_no_one_are_not_speakers():
    text = (
        "The donation drive raised more money than last year, the organisers said.\n"
        "BTC: 1BoatSLRHtKNngkdXEeobR76b53LETtpyT\n"
        "UPDATE: The drive was extended to Friday after a late surge in gifts.\n"
        "HARLOW: Do you think the drive will go on next year?"
    )
    s = statements_of("Covid: donation drive extended", text)
    assert "Btc" not in set(s["speaker"]) and "Update" not in set(s["speaker"])
    assert "Covid" not in set(s["speaker"])  # a headline topic before a colon is no speaker
    assert "Harlow" in set(s["speaker"])  # an interviewer's surname label is a turn


def test_inline_turns_of_named_speakers_in_a_flattened_body():
    text = (
        "The President held a meeting with the heads of the regions. * * * President of Borealia Ivan Korsakov: "
        "Good afternoon, friends. We have a lot to discuss today, first of all the harvest. Anna Volkova: Thank you, "
        "Mr President. The harvest was good in the north this year. Ivan Korsakov: That is good news. What about "
        "the roads? Question: When will the new bridge open? Anna Volkova: In the spring, we expect."
    )
    s = statements_of("Meeting with the heads of the regions", text)
    turns = s[s["kind"] == "transcript"]
    assert list(turns["speaker"]) == ["Ivan Korsakov", "Anna Volkova", "Ivan Korsakov", "questioner", "Anna Volkova"]
    assert turns["quote"].iloc[0].startswith("Good afternoon, friends.") and turns["quote"].iloc[0].endswith("harvest.")
    assert "Good afternoon" in text[turns["start"].iloc[0] : turns["end"].iloc[0]]


def test_a_news_story_with_one_colon_introduction_is_not_a_transcript():
    text = (
        "Talks resumed in Geneva on Monday. Foreign Minister Anna Volkova said the mood was good. "
        "Her deputy put it plainly: the meeting had been a success, and more would follow."
    )
    s = statements_of("Talks resume", text)
    assert not (s["kind"] == "transcript").any()


def test_section_headings_naming_a_person_are_not_a_transcripts_turns():
    text = (
        "What would the candidates do for borrowers?\n\nNora Quill: Student loans Some ideas do come to pass. "
        "Senator Nora Quill proposed that every loan be forgiven after ten years. ''It would help millions,'' said "
        "Tom Vesey, who writes about credit.\n\nOwen Pratt: Credit scores On his website, Senator Owen Pratt calls "
        "for credit score reform. ''The score you would get is not the one your lender uses,'' said Ada Lorne, an "
        "economist."
    )
    s = statements_of("Bold ideas from failed hopefuls", text)
    assert not (s["kind"] == "transcript").any()
    assert {"Tom Vesey", "Ada Lorne"} <= set(s["speaker"])


def test_an_interview_gives_answers_to_the_interviewee_and_questions_to_the_questioner():
    text = (
        "Q: You have been talking about the economy. Is it on the upswing?\n\n"
        "A: It is. Wages are up and more people are working than at any time in a decade.\n\n"
        "Q: Do you regret anything?\n\n"
        "A: Not yet. I will, I am sure."
    )
    s = statements_of("Q&A with Vice President Jonah Reyes.", text)
    turns = s[s["kind"] == "transcript"]
    assert list(turns["speaker"]) == ["questioner", "Jonah Reyes", "questioner", "Jonah Reyes"]
    assert turns["quote"].iloc[0].endswith("upswing?")  # a question ends where the answer starts


def test_headings_in_capitals_before_a_colon_are_no_speakers():
    text = (
        "Thanks for watching the channel this week.\n"
        "AFFILIATE DISCLOSURE: Some of the links below are affiliate links.\n"
        "BITCOIN WALLET: 3EMQG9EhPkoFbX5F19RTGZs8rPqGYm2mp9\n"
        "YOUTUBE: https://www.youtube.com/channel/example\n"
        "JAKE HOLLOWAY: We will be back next week with more from the coast."
    )
    speakers = set(statements_of("Weekly video notes", text)["speaker"])
    assert not speakers & {"Affiliate Disclosure", "Bitcoin Wallet", "Youtube"}
    assert "Jake Holloway" in speakers


def _outlet_statements(rows: list[tuple[str, str]]) -> pd.DataFrame:
    """The statements of one-paragraph stories ``(outlet, text)`` of one day, by ``doc_id`` (``d0``, ``d1`` …)."""
    articles = pd.DataFrame(
        {
            "title": [f"Story {k}" for k in range(len(rows))],
            "text": [text for _, text in rows],
            "outlet": [outlet for outlet, _ in rows],
            "published": pd.Timestamp("2022-06-01", tz="UTC"),
            "original_source": pd.NA,
        },
        index=pd.Index([f"d{k}" for k in range(len(rows))], name="doc_id"),
    )
    return analysis.extract_statements(articles, progress=False).set_index("doc_id")


def test_a_bare_title_goes_to_the_holder_the_outlet_names_and_stays_unnamed_where_it_names_several():
    rows = []
    for k in range(4):
        rows.append(("Presidency", f"President Olena Hrytsenko said the talks on grain would go on, week {k}."))
    rows += [("Presidency", "The President said that the harvest had been good."),
             ("Presidency", "The President said that the ports were open again.")]  # fmt: skip
    for k, name in enumerate(["Ann Lowe", "Bo Carter", "Cy Dunn", "Di Evans"]):
        rows.append(("Daily Ledger", f"Senator {name} said the vote would be close, day {k}."))
    rows.append(("Daily Ledger", "The senator said that the vote was delayed."))
    s = _outlet_statements(rows)
    assert s.loc["d4", "speaker"] == "Olena Hrytsenko" and s.loc["d4", "speaker_type"] == "person"
    assert s.loc["d5", "speaker"] == "Olena Hrytsenko" and s.loc["d5", "speaker_mention"] == "The President"
    assert s.loc["d10", "speaker_type"] == "unnamed"  # four senators: no holder of "the senator"


def test_a_debate_gives_the_moderator_and_the_other_candidate_their_own_turns():
    text = (
        "MR. HOLT. Good evening. Tonight the two candidates answer questions on the economy.\n\n"
        "THE ECONOMY\n\n"
        "MR. HOLT. Mr. President, the first question is yours.\n\n"
        "THE PRESIDENT. Thank you. I believe our mills and our farms are stronger than four years ago.\n\n"
        "GOVERNOR BARROW. I disagree. Prices have risen and families feel it every week.\n\n"
        "THE MODERATOR. Two minutes each, please.\n\n"
        "THE PRESIDENT. Then let me say it plainly: the plan is working."
    )
    s = statements_of("President: Abigail Marsh", text)
    turns = s[s["kind"] == "transcript"]
    assert list(turns["speaker"]) == ["Holt", "Holt", "Abigail Marsh", "Barrow", "the moderator", "Abigail Marsh"]
    assert dict(zip(turns["speaker"], turns["speaker_type"], strict=True))["the moderator"] == "unnamed"
    assert turns["quote"].iloc[1] == "Mr. President, the first question is yours."  # a heading is not part of a label
    assert turns["quote"].iloc[0].startswith("Good evening.") and "Economy" not in set(s["speaker"])


def test_a_speaker_column_makes_a_documents_first_person_text_its_speakers(tmp_path):
    rows = pd.DataFrame(
        {
            "title": ["On the harvest", "Mills reopen"],
            "text": [
                "I come before you today to speak of the harvest and of the roads we must build together.\n\n"
                "The mills are busy and the ports are full.\n\n"
                "We will keep our promise, and I ask every town to help us keep it.",
                "The mills reopened on Monday. Workers said they were glad to be back.",
            ],
            "date": ["2022-03-01", "2022-03-02"],
            "speaker": ["President Olena Hrytsenko", None],
        }
    )
    rows.to_csv(tmp_path / "speeches.csv", index=False)
    articles = analysis.load_articles(tmp_path / "speeches.csv")
    assert list(articles["speaker"].fillna("")) == ["President Olena Hrytsenko", ""]
    s = analysis.extract_statements(articles, progress=False)
    speech = s[s["kind"] == "speech"]
    assert set(speech["speaker"]) == {"Olena Hrytsenko"} and len(speech) == 2
    assert set(s.loc[s["doc_id"] == articles.index[1], "kind"]) == {"reported"}  # no speaker: news as usual
    piped = analysis.run_pipeline(tmp_path / "speeches.csv", progress=False).statements
    assert piped[["speaker", "kind", "quote"]].equals(s[["speaker", "kind", "quote"]])


def test_a_role_many_hold_is_not_given_to_one_holder_across_an_outlet():
    rows = [("Sports Desk", f"Striker Tom Varley said the team would win, week {k}.") for k in range(4)]
    rows.append(("Sports Desk", "Ron Hale scored twice. And the striker said that the team had been lucky."))
    s = _outlet_statements(rows)
    assert s.loc["d4", "speaker"] != "Tom Varley"  # many play up front: a story's striker is no site's striker
