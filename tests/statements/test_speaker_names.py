"""Who is named as the speaker on ordinary news (issue 29): made-up sentences of each pattern met in real news."""

import pandas as pd
import pytest

import analysis
from analysis.statements import Extractor, SpeakerRegistry

EMPTY = SpeakerRegistry()


def found(*texts, registry=EMPTY):
    articles = pd.DataFrame(
        {
            "text": list(texts),
            "title": [None] * len(texts),
            "published": [pd.Timestamp("2022-03-01", tz="UTC")] * len(texts),
            "outlet": ["The Daily Example"] * len(texts),
        },
        index=pd.Index([f"d{i}" for i in range(len(texts))], name="doc_id"),
    )
    return analysis.extract_statements(articles, registry, progress=False)


def speakers(text):
    return found(text)[["speaker", "speaker_type"]].values.tolist()


def speaker_names(text):
    """The speakers of a text's statements, in order."""
    return found(text)["speaker"].tolist()


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Sam Ortiz, 52, of Dayton, Ohio, who attended the rally, said he was still undecided.", "Sam Ortiz"),
        (
            "Peter Vance, acting director of Citizens Forward, said the vote was rigged in three counties.",
            "Peter Vance",
        ),
        ("Ms. Arnell, who helped found RIVER, an environmental group, said the plant must close.", "Arnell"),
        ("Gianni Vian, the editor of the daily, L'Osservatore Romano, said every pope was political.", "Gianni Vian"),
        ("Senator Lia Gramm, Republican of South Carolina, said on Sunday that the deal had collapsed.", "Lia Gramm"),
    ],
)
def test_a_name_inside_an_apposition_is_not_the_speaker(text, speaker):
    assert speakers(text) == [[speaker, "person"]]


def test_a_description_then_the_name_it_describes():
    text = (
        'Clinton\'s campaign chairman, Jon Pedersen, said in a statement: "Tonight we saw a dark picture of decline."'
    )
    assert speakers(text) == [["Jon Pedersen", "person"]]
    text = '"We build bridges, not walls," the Vatican spokesman, Federico Lomba, told Vatican Radio.'
    statements = found(text)
    assert statements[["speaker", "kind"]].values.tolist() == [["Federico Lomba", "direct"]]


def test_a_name_after_a_preposition_is_an_object():
    text = "When asked about Trump, officials, speaking on condition of anonymity, said the plan was dead."
    assert speakers(text) == [["officials", "unnamed"]]
    assert found("Pressed about the merger, asked about Nokia by reporters, the chief executive declined.").empty


def test_a_name_after_a_fronted_quotation_is_still_its_speaker():
    text = 'Trump\'s "excesses" are sickening, Hollande said on Tuesday in Paris, and the crowd cheered loudly.'
    statements = found(text)
    assert statements[["speaker", "kind"]].values.tolist() == [["Hollande", "reported"]]


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        (
            "Lord Nicholls of Birkenhead said the law was plainly incompatible with the convention.",
            "Lord Nicholls",  # a peer named by surname: the peerage is part of the name
            "person",
        ),
        (
            "Laura Brownlees of Save the Children said the figures were shocking for everyone.",
            "Laura Brownlees",
            "person",
        ),
        ("Green MSP Mark Ballard said the plan would hurt the poorest families in the city.", "Mark Ballard", "person"),
        (
            "Fellow Lib Dem Norman Baker said the report raised serious questions for ministers.",
            "Norman Baker",
            "person",
        ),
        ("Gov. John Kasich (R-OH) said the budget was balanced for the third year.", "John Kasich", "person"),
        ("County Supervisor of Elections Susan Bucher said that independents cannot vote.", "Susan Bucher", "person"),
        ("Labour said the figures showed the government had failed.", "Labour", "organisation"),
        ("The Lib Dems said the tax was unfair to pensioners.", "Lib Dems", "organisation"),
    ],
)
def test_titles_parties_and_places_stay_out_of_names(text, speaker, kind):
    assert speakers(text) == [[speaker, kind]]


def test_a_one_word_name_after_of_needs_a_named_owner():
    # "Two-thirds" names no one: the insiders speak, not a person called "Two-thirds"
    assert speakers("Two-thirds of Democratic insiders said the deficit would hurt her.")[0][0] != "Two-thirds"


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        ('"The platform has acted," said J.M. Bergen, a fellow at a university in Ohio.', "J.M Bergen", "person"),
        (
            "Representative Pete T. Kingsley of New York said the party would hold together.",
            "Pete T Kingsley",
            "person",
        ),
        (
            "Martin Luther King said the arc of history was long but bent towards justice.",
            "Martin Luther King",
            "person",
        ),
        (
            "W. Neal Egglesworth said the president would not give evidence to the committee.",
            "W Neal Egglesworth",
            "person",
        ),
        ("The plane is cleared to fly again, according to the F.A.A. on its website.", "F.A.A", "organisation"),
    ],
)
def test_initials_stay_with_their_names(text, speaker, kind):
    assert speakers(text) == [[speaker, kind]]


def test_a_state_abbreviation_is_no_speaker():
    text = "Harold Bonde, 30, of Raleigh, N.C., who was among those polled, said in an interview that he was scared."
    assert speakers(text) == [["Harold Bonde", "person"]]


def test_the_subject_of_a_coordinated_verb_not_a_pronoun_in_a_clause_before_it():
    text = 'When asked whom she supported, Ms. Sherrin smiled and said, "I\'m waiting for someone else to get in."'
    assert speakers(text) == [["Sherrin", "person"]]


def test_a_participle_after_a_fronted_prepositional_phrase():
    text = "Like Corkan, Menendo also rejected the notion that the bill was dead, arguing that there is flexibility."
    assert speaker_names(text) == ["Menendo"]
    text = (
        "In a letter to colleagues released Monday, Senator Ann Perth rips the deal, arguing that it favours creditors."
    )
    assert speaker_names(text) == ["Ann Perth"]


def _joined(rows):
    from analysis.statements.canonical import join_surnames

    frame = pd.DataFrame(rows, columns=["speaker", "speaker_mention", "outlet", "published"])
    frame["speaker_type"] = "person"
    frame["published"] = pd.to_datetime(frame["published"], utc=True)
    return join_surnames(frame, EMPTY).tolist()


def test_a_surname_joins_the_one_person_of_its_gender():
    rows = [
        ("Tony Blaine", "Tony Blaine", "A", "2005-01-03"),
        ("Cherie Blaine", "Cherie Blaine", "A", "2005-01-04"),
        ("Blaine", "Mr Blaine", "A", "2005-01-05"),
        ("Blaine", "Mrs Blaine", "A", "2005-01-06"),
        ("Blaine", "Blaine", "A", "2005-01-07"),  # no honorific, two people: left as written
    ]
    assert _joined(rows) == ["Tony Blaine", "Cherie Blaine", "Tony Blaine", "Cherie Blaine", "Blaine"]


def test_a_surname_joins_the_namesake_its_own_outlet_quoted():
    rows = [
        ("Gordon Browne", "Gordon Browne", "Politics Daily", "2005-01-03"),
        ("Craig Browne", "Craig Browne", "Sport Weekly", "2005-01-04"),
        ("Browne", "Browne", "Politics Daily", "2005-01-05"),
        ("Browne", "Browne", "Sport Weekly", "2005-01-06"),
        ("Browne", "Browne", "Third Paper", "2005-01-06"),  # neither quoted there: left as written
    ]
    assert _joined(rows) == ["Gordon Browne", "Craig Browne", "Gordon Browne", "Craig Browne", "Browne"]


def test_forms_of_one_full_name_are_joined_and_namesakes_kept_apart():
    rows = [
        ("Vince Cabble", "Vince Cabble", "A", "2005-01-03"),
        ("Vince Cabble", "Vince Cabble", "A", "2005-01-04"),
        ("Vincent Cabble", "Vincent Cabble", "A", "2005-01-05"),
        ("Jose Manuel Barrosa", "Jose Manuel Barrosa", "A", "2005-01-05"),
        ("Manuel Barrosa", "Manuel Barrosa", "A", "2005-01-06"),
        ("Max Jonas", "Max Jonas", "A", "2005-01-06"),
        ("Maxine Jonas", "Maxine Jonas", "A", "2005-01-06"),  # another person: a woman's first name
    ]
    assert _joined(rows) == [
        "Vince Cabble",
        "Vince Cabble",
        "Vince Cabble",
        "Jose Manuel Barrosa",
        "Jose Manuel Barrosa",
        "Max Jonas",
        "Maxine Jonas",
    ]


def test_he_means_the_subject_not_a_name_after_a_preposition():
    text = (
        "Dan Pruett has apologised publicly to Arsenal's Robert Pinder, who was hurt in a tackle. "
        'He said: "It was a horrendous moment and I am sorry for it."'
    )
    assert speakers(text) == [["Dan Pruett", "person"]]
    text = (
        "According to Andrea Tores, the council would act soon. "
        '"What they have announced is simply not enough," she added.'
    )
    assert speaker_names(text) == ["Andrea Tores", "Andrea Tores"]


def test_pasting_suggested_speakers_never_makes_a_right_speaker_wrong(tmp_path):
    texts = [
        'Tony Blaine spoke first. "We will win," Mr Blaine said. Labour leader Tony Blaine said the vote was close.',
        'Cherie Blaine said the charity would grow. "It matters," Mrs Blaine added.',
        "The Lib Dems said the plan was late. Leader Michael Howarth said the tax was unfair.",
        'Michael Howarth said the party would recover. "We are ready," Howarth added.',
        "Sir Howard Newbie said the university would expand its intake next year.",
    ]
    before = found(*texts)
    entries = analysis.suggest_speakers(before, EMPTY)
    names = {e["name"] for e in entries}
    aliases = {a for e in entries for a in e["aliases"]}
    assert "Lib Dems" not in names and not any(n.startswith("Leader") for n in names)
    assert not aliases & {"Blaine", "Labour", "Labour leader Tony Blaine", "Howard"}  # shared, or a title
    path = tmp_path / "speakers.toml"
    path.write_text(analysis.statements.as_toml(entries), encoding="utf-8")
    after = found(*texts, registry=analysis.load_speakers(path))
    assert len(after) == len(before)
    right = before["speaker"].isin(["Tony Blaine", "Cherie Blaine", "Michael Howarth", "Howard Newbie"]).to_numpy()
    assert (after["speaker"].to_numpy()[right] == before["speaker"].to_numpy()[right]).all()


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Ministers insist the scheme will save money over ten years.", "ministers"),
        ("Critics fear the law will be abused by the police.", "critics"),
        ("Some MPs argue that the vote should be delayed until spring.", "some MPs"),
        ("The minister is alleged to have said the inquiry was a waste of money.", "the minister"),
        ("Mr Howell attacked the prime minister, saying he had broken his promise on tax.", "Howell"),
    ],
)
def test_bare_plural_subjects_and_other_constructions(text, speaker):
    assert speaker_names(text) == [speaker]


def test_a_dateline_or_place_opens_no_sentence():
    text = (
        "WASHINGTON — Sen. Bernard Sandy (I-Vt.) defended his call to raise the wage, saying the gains outweigh losses."
    )
    assert speakers(text) == [["Bernard Sandy", "person"]]
    text = "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernard Sandy endorsed her, saying she would do well."
    assert speakers(text) == [["Bernard Sandy", "person"]]


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Mr Blunt told BBC Radio 4's Today programme the tax would hurt families.", "the tax would hurt families"),
        ("Mr Smyth told the BBC News website the plan would fail within a year.", "the plan would fail within a year"),
        ("Mr Smyth told The Post the plan would fail.", "the plan would fail"),
    ],
)
def test_told_takes_the_whole_listener_and_no_more(text, quote):
    assert found(text)["quote"].tolist() == [quote]


def test_a_middle_initial_joins_a_name_unless_initials_disagree():
    rows = [
        ("Donald Trumbo", "Donald Trumbo", "A", "2016-01-03"),
        ("Donald J Trumbo", "Donald J. Trumbo", "A", "2016-01-04"),
        ("Donald Trumbo", "Donald Trumbo", "A", "2016-01-05"),
        ("George W Bosh", "George W. Bosh", "A", "2016-01-05"),
        ("George H W Bosh", "George H. W. Bosh", "A", "2016-01-06"),  # the father: other initials
    ]
    assert _joined(rows) == ["Donald Trumbo"] * 3 + ["George W Bosh", "George H W Bosh"]


def test_unnamed_groups_keep_coordinated_and_possessive_modifiers():
    text = "Current and former officials said the conviction was casting a shadow over the inquiry."
    assert speakers(text) == [["current and former officials", "unnamed"]]
    text = "Mrs. Clintock's campaign strategists say they believe the turnout would rise."
    assert speakers(text) == [["Clintock's campaign strategists", "unnamed"]]


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        # a surname that is also a people's name, or an opening word, once the full name is given
        ("Investor Dale Cuban spoke first. Cuban said the fund would close by June.", "Dale Cuban", "person"),
        ('Chief executive Ann Read took questions. "We priced it fairly," Read said.', "Ann Read", "person"),
        # an honorific's word is a surname even when it names a people
        ("Mr. English said he had reached out to pastors across the county.", "English", "person"),
        # an organisation whose words would read as a title
        ("The Islamic State said the two attackers were its followers.", "Islamic State", "organisation"),
        # "that person" refers back to an unnamed source
        ("A source close to him said so. That person said the hostility hampered his campaign.", "that person",
         "unnamed"),
        # a three-word reported clause
        ("Attendees said they supported him.", "attendees", "unnamed"),
    ],
)  # fmt: skip
def test_surnames_people_words_and_short_clauses(text, speaker, kind):
    assert [speaker, kind] in speakers(text)


def test_a_surname_read_only_where_it_can_be_one():
    from analysis.statements.names import find_mentions

    text = "Ann Read spoke to Dale Cuban. Read the terms first. He moved to Cuban waters."
    kinds = {(m.text, m.start): m.kind for m in find_mentions(text)}
    assert kinds[("Cuban", text.rindex("Cuban"))] == "place"  # after a preposition
    assert ("Read", text.index("Read the")) not in kinds  # an opening word, not a reporting verb's subject


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Her campaign workers here said they have been working the state since the spring.", "her campaign workers"),
        ("Sen. Lea Marsh (D-R.I.), said after a lunch on Tuesday that she had not read the plan.", "Lea Marsh"),
        ("Sen. Lea Marsh, said after a lunch on Tuesday that she had not read the plan.", "Lea Marsh"),
        ('"I have never voted before," said Nora Quill, 24, of Concord, who said the senator was best suited.',
         "Nora Quill"),
    ],
)  # fmt: skip
def test_adverbs_stray_commas_and_relative_clauses_before_the_verb(text, speaker):
    st = found(text)
    assert speaker in set(st["speaker"])
    if "who said" in text:  # the relative clause is a second statement of the same person
        assert (st["speaker"] == speaker).sum() == 2


def test_a_comma_after_an_apposition_is_no_stray_comma():
    st = found("Ada Vale, director of Harbor Watch, said the spending numbers were even larger.")
    assert set(st["speaker"]) == {"Ada Vale"}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Beyond that, the advisers say the plan can reach the delegates it needs.", "the advisers"),
        ("But hacking specialists say the leaked files might not even be genuine.", "specialists"),
        ("If spending does not slow, forecasters say the deficit will double.", "forecasters"),
        ("Ada Vale attended the wedding. She has since said that she went because it would be fun.", "Ada Vale"),
    ],
)
def test_demonstratives_more_source_nouns_and_since(text, speaker):
    assert speaker in set(found(text)["speaker"])


def test_a_relative_that_before_a_parenthetical_verb_is_no_statement():
    assert found("It is a plan that, the advisers say, can reach the delegates it needs.").empty


def test_a_headline_in_title_case():
    articles = pd.DataFrame(
        {"title": ["Mayor Says Bridge Will Reopen In May"], "text": ["Mayor Ada Vale spoke on Tuesday."]},
        index=pd.Index(["d0"], name="doc_id"),
    )
    st = analysis.extract_statements(articles, EMPTY, progress=False)
    title = st[st["location"] == "title"]
    assert title["quote"].tolist() == ["Bridge Will Reopen In May"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Florida election officials said the count was done by noon.", "Florida election officials"),
        ("Ohio Democratic primary voters said they wanted change.", "Ohio Democratic primary voters"),
        ("Obama administration officials said the count was done by noon.", "Obama administration officials"),
        ("Current and former officials said the count was done by noon.", "current and former officials"),
    ],
)
def test_a_name_before_noun_modifiers_belongs_to_the_unnamed_source(text, speaker):
    assert speakers(text) == [[speaker, "unnamed"]]


def test_a_verb_ends_an_unnamed_source_read_leftwards():
    assert found("Ada Vale told election officials the count was done by noon.").empty


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Another intelligence source speaking to Channel Nine said the agents were investigating.",
         "another intelligence source"),
        ("Seventy-four percent of Democratic registered voters say they have a favorable view of her.",
         "Seventy-four percent of Democratic registered voters"),
        ("As many as 40 percent of Vale voters said they could not support the nominee.",
         "40 percent of Vale voters"),
        ("A third source said that the aide was one of about three people who sent such content.", "a third source"),
    ],
)  # fmt: skip
def test_shares_and_sources_with_what_follows_them(text, speaker):
    assert speaker in set(found(text)["speaker"])


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Ada Vale comes in second, with 22 percent saying they would never vote for her.", "22 percent"),
        ("Most voters shrugged the choice off, with three in 10 saying it would change nothing.", "three in 10"),
        ("The march went ahead at noon, with officials saying it had been peaceful.", "officials"),
    ],
)  # fmt: skip
def test_a_participle_after_with_is_its_own_subjects(text, speaker):
    """ "With 22 percent saying …": the share says it, not the sentence's subject (an absolute construction)."""
    assert speakers(text) == [[speaker, "unnamed"]]


def test_a_board_and_a_passage_say_what_follows_them():
    text = (
        'Ada Vale spoke first. "Pandering to the mayor belies the senator\'s reputation as a maverick," '
        'the editorial board recently wrote. "Her use of the account was a mistake," the passage continued.'
    )
    assert list(found(text)["speaker"]) == ["the editorial board", "the passage"]


def test_officials_in_a_parenthesis_are_no_apposition_and_told_is_never_inverted():
    assert "Often" not in set(found("Often, said Mr Pearson, the files were deleted unseen.")["speaker"])
    assert speakers("Mr. Obama, officials said, has become skeptical about the plan.") == [["officials", "unnamed"]]
    st = found("Ada Vale spoke. Vale later Thursday told Channel Nine: “We are meeting next week to settle it.”")
    assert set(st["speaker"]) == {"Ada Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "It is said that too many newcomers settle in our cities.",
        "We may be said to have broken down the old barriers of trade.",
        "The plan was announced on Tuesday after a long delay in the council.",
        "Household spending is a gauge of the economy, which is why the Harlow survey is closely observed.",
    ],
)
def test_a_passive_verb_of_saying_is_no_statement(text):
    assert found(text).empty


def test_a_pronoun_is_no_ones_surname():
    st = found("Everything I did was for them. I said, “We will build it and we will finish it.”")
    assert "Everything I" not in set(st["speaker"])


def test_things_after_an_article_prepositions_after_a_name_and_descriptors():
    st = found(
        "Ann Vale spoke. The French star lost 5-1 at the Nou Camp in 2000. "
        '"Things will be different this time," she told Radio Nine.'
    )
    assert set(st["speaker"]) == {"Ann Vale"}
    assert speakers('"Markets fear the central bank," said Ed Yarrow of Argus Partners.') == [["Ed Yarrow", "person"]]
    assert ["Euronext", "organisation"] in speakers("Paris-based Euronext said any offer was likely to be in cash.")
    assert speakers("Film-maker Spike Vale said the film was late.") == [["Spike Vale", "person"]]


def test_streets_and_venues_are_places_but_downing_street_speaks():
    st = found('Ann Vale walked down Harbour Boulevard. "I was young," she said. Downing Street said it was a plan.')
    assert set(st["speaker"]) == {"Ann Vale", "Downing Street"}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"We remain cautious about the outlook," investment bank Harlow Lynde said.', "Harlow Lynde"),
        ("Mobile firm Sony Ericsson said sales rose sharply in the quarter.", "Sony Ericsson"),
        ("Games developer Digital Dice said the game would be late.", "Digital Dice"),
    ],
)
def test_a_name_after_an_organisation_noun_is_an_organisation(text, speaker):
    assert speakers(text) == [[speaker, "organisation"]]
    assert speakers("Party leader Tony Blair said the plan would work.") == [["Tony Blair", "person"]]


def test_sentence_capitals_on_descriptions_and_names_with_of():
    assert speakers("Developer DICE said the patch would ship next week.") == [["DICE", "organisation"]]
    assert speakers("Whatever Nintendo said about the console, fans were unhappy.") == [["Nintendo", "organisation"]]
    assert speakers("Bank of England officials said rates would rise.") == [["Bank of England officials", "unnamed"]]
    assert speakers("Party Leader Tony Blair said the plan would work.") == [["Tony Blair", "person"]]


def test_police_and_the_pm():
    assert speakers("Police say they are hunting two suspects after the shooting.") == [["police", "unnamed"]]
    st = found("Prime Minister Ann Vale spoke. The West has underestimated the threat, the PM said.")
    assert set(st["speaker"]) == {"Ann Vale"}
    assert speakers("The West has underestimated the threat, the PM said.") == [["the PM", "unnamed"]]


def test_a_statement_issued_saying_is_its_issuers():
    assert speakers("Harbor Watch issued a statement saying it took the action for safety.")[0][0] == "Harbor Watch"
    after = speakers("After the vote, the newspaper's editorial telling him to leave the city was read aloud.")
    assert all(kind == "document" for _, kind in after)  # an editorial after a preposition is no one's
    assert speakers("Harbor Watch said it took the action for safety.")  # an irregular past is a finite verb


def test_after_a_preposition_the_and_if():
    text = "Shares lost a third of their value after UK regulators said they wanted more evidence."
    assert speakers(text) == [["UK regulators", "unnamed"]]
    assert speakers("Separately, the Bundesbank warned that the deficit presented huge risks.") == [
        ["Bundesbank", "organisation"]
    ]
    st = found('Ann Parry spoke. Asked if Gerrard would stay, Parry said: "I sincerely hope he will."')
    assert set(st["speaker"]) == {"Ann Parry"}


def test_she_prefers_a_full_name_to_a_one_word_name_of_unknown_gender():
    st = found('"Users search more," said Yonca Brunini of Yahoo. People spend more time online, she said.')
    assert set(st["speaker"]) == {"Yonca Brunini"}


def test_initials_inside_an_unnamed_source_and_ft_as_an_abbreviation():
    assert speakers("Cyber security experts and U.S. officials, however, said they saw the leak.") == [
        ["U.S. officials", "unnamed"]
    ]
    assert speakers("He lives in the U.S. Officials said the plan was dead.") == [["officials", "unnamed"]]
    st = found("Ed Grove, who at the time was a Ft. Worth member of the group, said the cuts were real.")
    assert set(st["speaker"]) == {"Ed Grove"}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The employee first said he did not recall deleting the files.", "the employee"),
        ("But 58 percent of Ohio voters overall said they were less likely to vote.", "58 percent of Ohio voters"),
        ("In nearby Decatur, the plant is hanging on, but it is under pressure from imports, said the firm's "
         "chief executive, Ed Ferry.", "Ed Ferry"),
        ("Lola Marsh's associates said she is not planning to endorse anyone.", "Lola Marsh's associates"),
        ("The plan was backed by Sen. Ada Vale of Ohio, the ranking member of the committee, who said the files "
         "were clean.", "Ada Vale"),
        ("Yet some voters who have heard her speeches over the years, on television or at rallies, said she had "
         "less spark.", "some voters"),
    ],
)  # fmt: skip
def test_adverbs_clauses_in_commas_and_relatives_after_a_preposition(text, speaker):
    assert speaker in set(found(text)["speaker"])


def test_his_campaign_is_an_unnamed_source():
    text = "Ed Vale earned fees per speech, but his campaign said he halted all paid speeches."
    assert speakers(text) == [["his campaign", "unnamed"]]


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        ("According to The Harbor Ledger, the men wore matching shirts.", "Harbor Ledger", "organisation"),
        ("According to F.A.A. records, the jet has flown about 333 hours since May.", "F.A.A.", "organisation"),
        ("According to an FBI summary of its inquiry, the aide sent the employee an email.",
         "an FBI summary of its inquiry", "document"),
        ("Median income reached a new high in November, according to one research firm.", "one research firm",
         "unnamed"),
        ("According to a recent poll of Ohio voters, Vale garnered 30 percent of the votes.",
         "a recent poll of Ohio voters", "document"),
        ("(According to the Harbor City Police Department, it keeps no such statistics.)",
         "the Harbor City Police Department", "organisation"),
    ],
)  # fmt: skip
def test_according_to_a_source_described_at_length(text, speaker, kind):
    assert [speaker, kind] in speakers(text)


def test_no_inverted_speaker_after_a_pronoun_and_a_verb_and_clubs_and_brewers_are_organisations():
    text = "Meanwhile, the carmaker said it was cutting first-quarter North American production by 10,000 vehicles."
    assert "North American" not in set(found(text)["speaker"])
    assert speakers("Now, according to Asahi Breweries, the market is set to grow 84% this year.") == [
        ["Asahi Breweries", "organisation"]
    ]
    assert speakers("Aston Villa said the striker would stay.") == [["Aston Villa", "organisation"]]
    assert speakers("Sheffield United said the striker would stay.") == [["Sheffield United", "organisation"]]


def test_he_of_unknown_gender_is_who_last_spoke():
    text = (
        'Khan told a channel: "They are not even letting me go home." Bipin Bihari, deputy police chief, '
        'said Khan was being sent back. "She was on a visitor\'s visa," he said.'
    )
    st = found(text)
    assert st["speaker"].tolist() == ["Khan", "Bipin Bihari", "Bipin Bihari"]


def test_numbered_firms_headlines_of_organisations_and_firms_named_after_one():
    assert speakers("Halo will be here soon, and 343 Industries has revealed the two new maps.") == [
        ["343 Industries", "organisation"]
    ]
    assert speakers("In 2016 Vale said the plan was dead.")[0][0] == "Vale"
    articles = pd.DataFrame(
        {"title": ["Sony Says Stock Will Improve", "Covid: how it affects the brain"], "text": ["x.", "y."]},
        index=pd.Index(["d0", "d1"], name="doc_id"),
    )
    st = analysis.extract_statements(articles, EMPTY, progress=False)
    assert st[["speaker", "quote"]].values.tolist() == [["Sony", "Stock Will Improve"]]
    pair = found("Activision said its sales fell sharply.", "Activision Blizzard said the deal would close.")
    assert set(pair["speaker_type"]) == {"organisation"}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("People with direct knowledge of Gates' work said that the consultants were paid.",
         "people with direct knowledge of Gates' work"),
        ("Officials familiar with the talks have said the deal was close.", "officials familiar with the talks"),
        ("Leaders of the organization have said they invited every candidate.", "leaders of the organization"),
        ("Officials said the deal was close.", "officials"),
    ],
)  # fmt: skip
def test_an_unnamed_source_keeps_what_describes_it_up_to_its_verb(text, speaker):
    assert speakers(text) == [[speaker, "unnamed"]]


def test_a_description_without_its_closing_comma_is_the_subject_and_opening_phrases_are_not():
    st = found("Ada Vale spoke. Vale, a top aide said, is very confident in the contrast with her rival.")
    assert st["speaker"].tolist() == ["a top aide"]
    text = "Shortly after the merger announcement, the families had mobilized, warning that the deal would hurt them."
    assert speakers(text) == [["the families", "unnamed"]]
    assert speakers("Years after Ed Vale claimed that the era of big government was over, the rival won.")[0][0] == (
        "Ed Vale"
    )


def test_the_club_boss_is_a_title_not_the_club():
    assert speakers('"It was a fantastic game," said the Harbour Park boss.') == [["the Harbour Park boss", "unnamed"]]


def test_a_role_written_before_a_name_is_that_persons_title():
    st = found("Chelsea boss Jose Vale spoke first. The boss said the team was tired after the match.")
    assert set(st["speaker"]) == {"Jose Vale"}


def test_said_as_an_adjective_and_a_bare_relative_pronoun():
    assert "I've" not in set(found("I've said it before and I will say it again: the economy is strong.")["speaker"])
    text = "If you own the rights to materials in this video and object to the use of said material, write to us."
    assert found(text).empty
    st = found("The deal, according to a person who said he was briefed, is done.")
    assert "a person who" not in set(st["speaker"])


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "At the hearing, the county GOP Chairman Walt Brennick declined to name the two delegates on the "
            "slate but said one was a close ally of the senator.",
            "Walt Brennick",
        ),
        (
            "Hollis attempted to win back the Warner campaign in March and said he had written a dozen papers for it.",
            "Hollis",
        ),
        (
            "(Wirenews) - President Dana Holloway met survivors of the flood and relatives of the 12 people killed on "
            "Monday and said the state must rebuild its levees.",
            "Dana Holloway",
        ),
    ],
)
def test_a_verb_after_and_or_but_is_the_sentence_subjects_not_its_objects(text, speaker):
    assert [speaker] == speaker_names(text)


def test_a_place_after_a_source_describes_it():
    assert speakers("Officials in Vermont said the count would take a week.") == [["officials in Vermont", "unnamed"]]
    assert speakers("Organizers in Denver say the march will go ahead.") == [["organizers in Denver", "unnamed"]]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("One in five say the plan will fail.", "one in five"),
        (
            "Six in 10 Ohio Democratic primary voters said they wanted change.",
            "Six in 10 Ohio Democratic primary voters",
        ),
        ("About four out of 10 voters said the next decade would be worse.", "About four out of 10 voters"),
    ],
)
def test_a_share_written_as_a_ratio_is_the_speaker(text, speaker):
    assert speakers(text) == [[speaker, "unnamed"]]


def test_a_number_word_opening_a_sentence_is_no_name():
    text = "One of the veterans, Wade Corliss, 71, had served two tours and said the war had been a mistake."
    assert speaker_names(text) == ["Wade Corliss"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"It is over," said one of those aides, who spoke on the condition of anonymity.', "one of those aides"),
        ("In Laramie, a number of delegates said they backed the senator.", "a number of delegates"),
        ("Most of the mayors said they support the plan.", "most of the mayors"),
    ],
)
def test_the_part_of_a_group_that_spoke_is_the_speaker(text, speaker):
    assert speaker_names(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The mayor leads by four points, according to a count by The Daily Ledger.", "Daily Ledger"),  # its author
        (
            "Turnout fell by a third, according to a report in the Harbor Gazette, which polled 400 voters.",
            "a report in the Harbor Gazette",
        ),
        ("Turnout fell, according to a new poll that shows the mayor ahead.", "a new poll"),
        ("Turnout fell, according to a new poll.", "a new poll"),
    ],
)
def test_a_source_after_a_trailing_according_to_keeps_what_describes_it(text, speaker):
    assert speaker_names(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Holding the line is his job, said a handful of Democrats who know him.", "a handful of Democrats"),
        ("Some Republicans say the plan is dead.", "some Republicans"),
        ("And a significant number of Democrats said they're fine with it.", "a significant number of Democrats"),
        ('"We are ready," said Marine 2nd Lt. Cora Fenwick.', "Cora Fenwick"),
    ],
)
def test_some_members_of_a_party_and_a_rank_after_a_service(text, speaker):
    assert speaker_names(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "At a May rally in Fairview Heights, Ohio, 58-year-old Nora Pell also railed against the mill closures, "
            "and said she liked the plan.",
            "Nora Pell",
        ),
        (
            "One pastor backing Mr. Hale, Orrin Tate of Grace Chapel in Dayton, said he had made 90 calls.",
            "Orrin Tate",
        ),
    ],
)
def test_the_subject_after_an_opening_phrase_and_a_name_placed_in_apposition(text, speaker):
    assert speaker_names(text) == [speaker]


def test_a_name_in_a_subordinate_clause_after_an_opening_phrase_is_not_the_subject():
    text = "In June, after Ms. Vance suffered a fall, Paul Ridley sent flowers, telling her, “you are a star.”"
    assert speaker_names(text) == ["Paul Ridley"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Even so, three-quarters of the residents said they were worried.", "three-quarters of the residents"),
        ("At least half of voters say the plan is about right.", "At least half of voters"),
        ("Moving too soon, a wide array of economists say, slowed the recovery.", "a wide array of economists"),
    ],
)
def test_shares_written_as_fractions_and_quantities(text, speaker):
    assert speaker_names(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Hal Brandt and his attorneys have said the company would reopen.", "Hal Brandt"),
        ("Since March, Premier Lu Ming and other leaders have said the output must fall.", "Lu Ming"),
    ],
)
def test_a_named_person_joined_to_their_own_people_is_the_speaker(text, speaker):
    assert speaker_names(text) == [speaker]


def test_he_is_never_a_name_in_a_possessive():
    text = (
        "City boss Ray Alton backed Dunn's view that Marco Vella's team could struggle this season. "
        '"Marco still has time to build a better team," he told the station.'
    )
    assert speaker_names(text) == ["Ray Alton"]


def test_he_prefers_the_last_subject_of_unknown_gender_to_a_named_object():
    text = (
        "The Rovers were rewarded with a draw against Sir Hugh Pellam's side. Manager Kit Rowe was delighted, "
        'although he admitted there was work to do. "We have got our work cut out," he said.'
    )
    assert set(found(text)["speaker"]) == {"Kit Rowe"}


def test_a_verb_after_a_full_name_is_no_noun_before_a_source():
    text = (
        "Former Wales centre Owen Pryce believes coach Dai Lloyd must recall Gethin Rees. "
        'Pryce admitted he had been impressed by Rees. But he told the station: "Rees is the answer."'
    )
    assert set(found(text)["speaker"]) == {"Owen Pryce"}
    assert speakers("And Iowa biofuels advocates say they have promises.") == [["Iowa biofuels advocates", "unnamed"]]


def test_a_save_is_no_statement_and_a_club_is_no_antecedent():
    assert found("After a quiet start, Kerr denied Ian Bole, Ed Marsh and Tam Reid, while Joe Lunt cleared.").empty
    text = 'Rovers will be at home to either Millbrook or Ashdown Forest. "We will win," he said.'
    assert found(text).empty


def test_words_quoted_in_a_clause_before_a_colon_quotation_are_not_the_speakers():
    text = 'Reminded that Hume called him "a fraud", Keane added: "I do not respond to anything. We play football."'
    st = found(text).set_index("quote")["speaker"]
    assert st["I do not respond to anything. We play football."] == "Keane"
    assert st["a fraud"] == "Hume"  # the label is Hume's, who called him that


def test_he_is_never_a_name_in_a_list_after_such_as():
    text = (
        "Ben Vickery will pass on his experience to youngsters such as centres Matt Tate and Jim Noone. "
        '"You are there to give them a pat on the back," he added.'
    )
    assert speaker_names(text) == ["Ben Vickery"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'The relief coordinator, Jan Vollen, said that "this may be the worst disaster in recent history."',
            "Jan Vollen",
        ),
        (
            'A Top of the Charts spokesperson said: "It is a very special number one."',
            "a Top of the Charts spokesperson",
        ),
    ],
)
def test_jan_is_a_first_name_and_a_name_with_of_the_after_an_article(text, speaker):
    assert speaker_names(text) == [speaker]


def test_adding_a_thing_to_another_is_no_statement():
    assert found("Top seed Rory Vance added the Dubai trophy to his long list of titles.").empty
    assert found("The comedy has had more praise from two critics' associations, adding to its honours.").empty
    st = found('Mira Holt gave a speech. "It was more than their show," Holt added to People.')
    assert st["speaker"].tolist() == ["Mira Holt"]


def test_a_state_that_is_also_a_first_name_before_a_title_is_a_place():
    assert speakers("The plan is dead, Virginia Attorney General Ray Kellen said.") == [["Ray Kellen", "person"]]
    assert speakers("Virginia Woolf said the plan was dead.") == [["Virginia Woolf", "person"]]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Current and former aides who spoke with The Boston Globe said the office has become a shell of itself.",
            "current and former aides who spoke with The Boston Globe",
        ),
        (
            "Those party insiders who think Rubin can overtake Grant in Ohio said the race is far from over.",
            "those party insiders who think Rubin can overtake Grant in Ohio",
        ),
        ("Mr. Tinker, whose newest company, Dataform, sells software to shops, said Mr. Grant was a rebel.", "Tinker"),
        (
            "Party activists hoping to block Donald Grant from the nomination say they have a plan.",
            "party activists hoping to block Donald Grant from the nomination",
        ),
        (
            "Many of the local party leaders who’d rather work for Cruz or Ben Carlson said they have rallied.",
            "many of the local party leaders",
        ),
        ("Lisa Parker, who chairs Our Values PAC, said the advert raises new questions.", "Lisa Parker"),
    ],
)
def test_a_name_inside_a_clause_describing_the_source_is_not_the_speaker(text, speaker):
    assert speaker_names(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Teachers who connect online with the Bold Teachers League are "very, very pro-Lee," Kilroy said.', "Kilroy"),
        ("Since Lee has more votes than Park, delegates who back him would go against the voters, Moss said.", "Moss"),
    ],
)
def test_a_describing_clause_inside_what_was_said_keeps_its_speaker(text, speaker):
    assert speaker_names(text) == [speaker]


def test_a_name_right_after_who_is_the_clause_subject_not_a_name_it_describes():
    st = found("The judge in the case, who Smith said was biased, ruled against him.")
    assert not st["speaker"].str.lower().str.startswith("the judge").any()


def test_a_question_put_by_someone_to_a_person_asked_is_the_askers():
    text = "Rubin was asked by Fox Business moderator Gerald Baker whether his plan would cost too much."
    assert speaker_names(text) == ["Gerald Baker"]
    assert found("Senator Rubin was asked whether his plan would cost too much.")["speaker"].tolist() == ["Rubin"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            '"The facts have not changed," said a spokesman for committee Democrats.',
            "a spokesman for committee Democrats",
        ),
        (
            "The governor will speak at the rally, according to a report Tuesday from WKTV, the local affiliate.",
            "WKTV",  # the report's author
        ),
        ("The government in Riyadh has vigorously denied any role in the attacks.", "the government in Riyadh"),
    ],
)
def test_a_described_source_keeps_what_describes_it(text, speaker):
    assert speaker_names(text) == [speaker]


def test_a_reporter_named_with_an_outlets_possessive_is_a_person_and_told_is_no_antecedent():
    assert speakers("CNN's Dana Bash said the decision was made by the family.") == [["Dana Bash", "person"]]
    text = (
        'Speaker Paul Rayner said he is not ready to back the nominee. "I am not there," Rayner told '
        "CNN's Jake Tapman. He said the nominee must do more to unify the party."
    )
    assert set(found(text)["speaker"]) == {"Paul Rayner"}


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Although Raynor says the site broke the story, others argue that it copied it.", ["Raynor", "others"]),
        ("Edwina Stacey and others said they could not support the plan.", ["Edwina Stacey"]),
        (
            "At times, people close to the vice president said, her name could make him fume.",
            ["people close to the vice president"],
        ),
        (
            "Sources familiar with the advert say the group is spending heavily to air it.",
            ["sources familiar with the advert"],
        ),
    ],
)
def test_others_and_people_close_to_someone_are_sources(text, speaker):
    assert speaker_names(text) == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("RNC members and officials, in fact, even insist that Grant will do well.", "RNC members and officials"),
        ("Her advisers and allies say she will spend the coming weeks on her message.", "her advisers and allies"),
        ("He met voters and officials said the visit went well.", "officials"),
    ],
)
def test_groups_joined_at_the_opening_of_a_sentence_speak_together(text, speaker):
    assert speaker_names(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The billionaire businessman began by talking about crime, saying that heroin is cheap.",
            "the billionaire businessman",
        ),
        (
            "Just last week, J.J. Goldman, editor at large of The Forward, a weekly paper, said the plan was dead.",
            "J.J Goldman",
        ),
        (
            "Democrats trying to regain control of the Senate in November say they have a new weapon.",
            "Democrats trying to regain control of the Senate in November",
        ),
        (
            "According to a Washington Post analysis of campaign filings, groups have spent $23 million.",
            "a Washington Post analysis of campaign filings",
        ),
    ],
)
def test_a_source_is_read_whole_past_its_employer_and_its_second_noun(text, speaker):
    assert speaker_names(text) == [speaker]


def test_a_name_in_a_relative_clause_after_an_inverted_source_is_not_the_speaker():
    text = '"If I were a donor, I would want answers," said a senior party official who supports Grant.'
    assert speaker_names(text) == ["a senior party official"]
    text = '"He sent the emails," said one source who identified Sullivan but asked not to be named.'
    assert speaker_names(text) == ["one source"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"Calculators will have to wait," said an IMF official in a briefing on Wednesday.', "an IMF official"),
        (
            '"Cancellations are not unusual," wrote analysts from Citibank Barney in a note to clients on Friday.',
            "analysts from Citibank Barney",
        ),
        ('"The slowdown has given buyers more power," RICS housing spokesman Ian Parry said.', "Ian Parry"),
    ],
)
def test_a_source_after_its_verb_ends_where_the_circumstances_start(text, speaker):
    assert speaker_names(text) == [speaker]


def test_a_quotation_before_a_conjunction_is_not_the_next_speakers():
    text = 'Ann Smith called the plan "a disaster" but Bob Jones said it was "a bold step".'
    st = found(text)
    assert "a disaster" not in st.loc[st["speaker"] == "Bob Jones", "quote"].tolist()
    assert st.loc[st["speaker"] == "Bob Jones", "quote"].tolist() == ["a bold step"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Germany's Tommy Haller admitted he rushed a few backhands.", "Tommy Haller"),
        ("France's Snecmo said it plans a joint venture with the state firm.", "Snecmo"),
    ],
)
def test_a_places_possessive_is_not_part_of_the_name_it_owns(text, speaker):
    assert speaker_names(text) == [speaker]


def test_a_sentence_opening_with_a_described_firm_names_the_firm_quoted_before():
    text = (
        "Seed maker Monsaro said it had paid a fine.\n\n"
        "The chemicals-and-crops firm said it became aware of irregularities at a subsidiary."
    )
    assert speaker_names(text) == ["Monsaro", "Monsaro"]


def test_a_role_noun_refers_back_to_the_one_person_a_story_is_about():
    text = (
        "Richard Dunne is ready to commit his future to Manchester City. Dunne was once threatened with the sack. "
        'Early talks have taken place and the defender said: "I am happy here."'
    )
    assert speaker_names(text) == ["Richard Dunne"]


@pytest.mark.parametrize(
    "text",
    [
        # two people named as often: the story is not about one of them
        "Ann Lee met Bob Carr. Lee and Carr spoke for an hour. The director said the talks went well.",
        # the leading person holds another title: the striker is someone else
        "Republic manager Brian Kerry praised his side. Kerry was delighted. The striker said it was a great night.",
        # "the young woman" is anyone
        "Hillary Clinton spoke in Ohio. Clinton was tired. The young woman said she had waited for hours.",
    ],
)
def test_a_role_noun_is_left_unresolved_when_the_story_has_no_single_subject_it_fits(text):
    st = found(text)
    assert (st["speaker_type"] != "person").all()


def test_a_person_in_apposition_after_a_description_that_follows_the_verb_is_the_speaker():
    text = '"We asked ourselves if we should cancel," said the festival\'s executive director, Craig Prather.'
    assert speaker_names(text) == ["Craig Prather"]
    text = "According to the results, Clinton increases her lead by one point."
    assert speaker_names(text) == ["the results"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("His agent told the Times that the author was happy with the film so far.", "his agent"),
        ("Rowlands died in Hove on Saturday, her agent said.", "her agent"),
        ("Her lawyers said in a statement that the family had hoped for a resolution.", "her lawyers"),
    ],
)
def test_an_agent_speaks_and_a_sentences_opening_possessive_stays_in_the_label(text, speaker):
    assert speaker_names(text) == [speaker]


def test_a_bare_quotation_after_someone_elses_reported_statement_is_theirs():
    text = (
        'Chris Wetz said the film would change. "It is good," he added. Pullman has said little. '
        'His agent told the Times that Pullman was happy with the film. "Of course the studio wants money, '
        'but Mr Wetz is a wonderful director."'
    )
    st = found(text)
    assert st.loc[st["quote"].str.startswith("Of course"), "speaker"].tolist() == ["his agent"]


def test_a_bare_quotation_after_a_pronouns_statement_goes_to_no_one_new():
    text = (
        '"We will start the young players," said coach Sven Erikson. He added that Johnson would play. '
        '"Johnson was not in my plans a year ago."'
    )
    st = found(text)
    assert set(st.loc[st["quote"].str.startswith("Johnson was"), "speaker"]) <= {"Sven Erikson"}


def test_a_person_he_stands_for_is_a_man_for_the_next_he():
    text = (
        'Marat Safinov beat Lleyton Hewitt. Safinov said he had begun to doubt himself. "I did not expect it," '
        "Safinov said. Hewitt, who lost, praised the winner. Jon Dale, the coach of Hewitt, watched. "
        'Safinov admitted he had been nervous. "It was a relief," he said.'
    )
    st = found(text)
    assert st.loc[st["quote"] == "It was a relief", "speaker"].tolist() == ["Marat Safinov"]


def test_a_first_name_outside_the_name_list_still_gives_a_full_names_gender():
    text = (
        'Club president Jose Luis Astiaran said the match was important. "It matters," Astiaran said. '
        'Emilio Butraguena declared that the game would go ahead. "It will take place," Butraguena said. '
        'He added: "Football should be a fiesta."'
    )
    st = found(text)
    assert st.loc[st["quote"] == "Football should be a fiesta.", "speaker"].tolist() == ["Emilio Butraguena"]


def test_a_gendered_first_name_alone_does_not_make_a_word_a_persons_name():
    from analysis.statements.names import first_names, gendered_first_names

    assert "Sydney" in gendered_first_names() and "Sydney" not in first_names()
    assert speakers("Protesters in Sydney said the deal was unfair.") == [["protesters in Sydney", "unnamed"]]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The president said it was not that simple, according to an account she gave to The Free Beacon.",
            "an account she gave to The Free Beacon",
        ),
        (
            "Turnout has fallen sharply, according to unofficial election results tallied through Wednesday.",
            "unofficial election results tallied through Wednesday",
        ),
        (
            "Democrats in Iowa who watched the Saturday debate said they were unfazed by the row.",
            "Democrats in Iowa who watched the Saturday debate",
        ),
        ("Democrats said the plan would fail.", "Democrats"),
        (
            "Insiders in the next two states — Nevada and South Carolina — said the race was open.",
            "insiders in the next two states — Nevada and South Carolina",
        ),
    ],
)
def test_a_source_keeps_a_reduced_relative_clause_and_a_partys_members_their_description(text, speaker):
    assert speaker in speaker_names(text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Outside experts also say the plans are far from enough.", "outside experts"),
        ("Outside, protesters said the plans were unfair.", "protesters"),
        ("Several senators said they are willing to let bygones be bygones.", "several senators"),
    ],
)
def test_an_opening_adjective_stays_in_a_sources_label(text, speaker):
    assert speaker_names(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"It is great fun watching the fight," one user wrote.', "one user"),
        ('"We have no freedom of opinion," tweeted a German user from Hanover.', "a German user from Hanover"),
        ("One reader even noted that the paper had named the man before.", "one reader"),
    ],
)
def test_a_user_and_a_reader_are_sources(text, speaker):
    assert speaker_names(text) == [speaker]


def test_a_sources_description_stops_at_the_sentences_full_stop():
    st = found('"It is fine," said a spokesman for Ofcom. Companies will be asked for their views.')
    assert st["speaker"].tolist() == ["a spokesman for Ofcom"]
    st = found('"It is fine," said officials in the U.S. on Monday.')
    assert st["speaker"].str.contains("U.S", regex=False).all()


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Voters heading to the polls said they were tired of the campaign.", "voters heading to the polls"),
        (
            "The senator's fundraising email to his supporters said the race was close.",
            "the senator's fundraising email",
        ),
    ],
)
def test_a_participle_describes_a_source_and_a_document_to_someone_is_the_documents(text, speaker):
    assert speaker in speaker_names(text)


def test_a_commoner_s_honorific_never_joins_a_knight_and_a_peer_only_a_peer():
    rows = [
        ("Ian Blaine", "Sir Ian Blaine", "A", "2005-01-03"),
        ("Blaine", "Mr Blaine", "A", "2005-01-04"),  # the prime minister, not the knight: left as written
        ("Nicholds", "Lord Nicholds", "A", "2005-01-05"),
        ("Andrew Nicholds", "Andrew Nicholds", "A", "2005-01-06"),
        ("Blaine", "Sir Blaine", "A", "2005-01-07"),
    ]
    assert _joined(rows) == ["Ian Blaine", "Blaine", "Nicholds", "Andrew Nicholds", "Ian Blaine"]


def test_knights_are_named_in_full_and_peers_kept_apart_from_namesakes_in_an_article():
    text = (
        "Sir Ian Blaine, the commissioner, said the force would not be deterred. "
        'Sir Ian added that officers were "working flat out". '
        "Lord Nicholds said the ruling was clear. Andrew Nicholds, a solicitor, said it was not. "
        "Mr Blaine told MPs the plan was sound."
    )
    assert speaker_names(text) == ["Ian Blaine", "Ian Blaine", "Lord Nicholds", "Andrew Nicholds", "Blaine"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Mr Smithers branded the plan "a humiliating retreat".', [("Smithers", "branded", "a humiliating retreat")]),
        (
            'The plan was branded a "humiliating retreat" by the Tories.',
            [("Tories", "branded", "humiliating retreat")],
        ),
        (
            'The scheme was dubbed "the poll tax on wheels" by Labour MP Frank Dobbins.',
            [("Frank Dobbins", "dubbed", "the poll tax on wheels")],
        ),
        (
            'The deal was hailed as "a great day for Britain" by the prime minister.',
            [("the prime minister", "hailed as", "a great day for Britain")],
        ),
        ('She joined a group called "Women for Change" last year.', []),  # a name, nobody's words
        ('The so-called "bedroom tax" was dropped last year.', []),
        ('The plan was branded "a retreat".', []),  # no one said who
    ],
)
def test_a_quotation_that_labels_is_the_labeller_s(text, expected):
    st = found(text)
    assert list(zip(st["speaker"], st["cue"], st["quote"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Mr Howarth said the policy had failed. He went on: "We will change it."', ["said", "went on"]),
        ("Mr Howarth said the policy had failed. He went on to promote his book.", ["said"]),
        ("The judge has ruled that the detention was unlawful.", ["ruled"]),
        ("The minister ruled out any deal that would raise taxes.", []),
    ],
)
def test_going_on_and_ruling_report_only_with_what_was_said(text, expected):
    assert found(text)["cue"].tolist() == expected


def test_a_statement_ends_where_another_speaker_s_begins_after_but():
    st = found("Mr Browne said growth was strong, but the Conservatives say the figures are wrong.")
    assert st[["speaker", "speaker_type", "content"]].values.tolist() == [
        ["Browne", "person", "growth was strong"],
        ["Conservatives", "organisation", "the figures are wrong"],
    ]
    st = found("Ms Hennis acknowledged the provision, but noted the government does not use it.")
    assert set(st["speaker"]) == {"Hennis"}  # "but noted" has no subject of its own: the clause runs on
    assert "but noted" in st["content"].iloc[0]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Merrill Lynch said the shares were cheap.", ("Merrill Lynch", "organisation")),
        ("Marks & Spencer said sales had slowed.", ("Marks & Spencer", "organisation")),
        ("The Spectator editor told BBC Radio 4 that he had done nothing wrong.", ("the Spectator editor", "unnamed")),
        ("Shares fell after the Conservatives said the cuts would go ahead.", ("Conservatives", "organisation")),
    ],
)
def test_firms_parties_and_an_outlet_s_editor_are_typed_as_what_they_are(text, speaker):
    assert [tuple(s) for s in speakers(text)] == [speaker]


def test_a_clause_describing_a_group_ends_at_a_colon():
    text = 'Even people who backed the plan sounded wary: former minister Jane Harmon called it "the least bad option".'
    assert speaker_names(text) == ["Jane Harmon"]


def test_a_quotation_whose_she_names_no_one_is_not_carried_on_to_a_group():
    st = found('Officials said the plan was sound. "It will work," she said.')
    assert st[["speaker", "cue"]].values.tolist() == [["officials", "said"]]


def test_he_after_an_unnamed_source_s_statement_is_that_source():
    text = (
        "Mr Brownlow said sales rose sharply in May. A spokesman for the company said profits would follow. "
        '"We are confident," he said.'
    )
    assert speaker_names(text)[1:] == ["a spokesman for the company"] * 2
    text = 'A spokeswoman for the firm said profits would follow. "We are confident," he said.'
    assert "a spokeswoman for the firm" not in speaker_names(text)[1:]  # she is no "he"
    text = (
        "The campaign manager, Barry Benn, spoke first. Asked about it, the campaign manager said he would call. "
        '"I will call you back," he said.'
    )
    assert speaker_names(text)[-1] == "Barry Benn"  # a description of someone named: his name


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            '"Prices are unfair," said Wang Yan, an official. Mr Wang, who sets the fees, said his team would act.',
            ["Wang Yan", "Wang Yan"],
        ),
        ("Russian Dmitriy Bogdanov won and then claimed the race would be close.", ["Dmitriy Bogdanov"]),
        ("Dutchman Arnoud Okken said he was ready to race again.", ["Arnoud Okken"]),
    ],
)
def test_a_family_name_written_first_and_a_nationality_before_a_name(text, speaker):
    assert speaker_names(text) == speaker


def test_he_goes_on_with_the_last_speaker_named_in_full_whose_gender_is_unknown():
    text = (
        "Christos Tzelios, the coach, was also charged. The head of the tribunal, Kostas Panagiotou, said it had "
        'not been proven that the athletes refused the test. "The charge cannot be substantiated," he said.'
    )
    assert speaker_names(text) == ["Kostas Panagiotou", "Kostas Panagiotou"]
    text = (
        "Dominic Hurst, of Retail Banking Research, said the machines were safe. According to Retail Banking "
        'Research, few banks upgrade. "Most banks simply wait," he said.'
    )
    assert speaker_names(text)[-1] == "Dominic Hurst"  # a firm read as a name is no "he"


@pytest.mark.parametrize(
    "description", ["the Uruguayan-born researcher", "the 32-year-old defender", "the Dutch defender"]
)
def test_a_description_by_birthplace_age_or_nationality_goes_on_with_the_last_speaker(description):
    text = f'"We played well," said Jaap Stamm. "It was hard," added {description}, who joined in May.'
    assert speaker_names(text) == ["Jaap Stamm", "Jaap Stamm"]
    text = f'"We played well," said Jaap Stamm. Mr Brandt was not so sure. "It was hard," added {description}.'
    assert speaker_names(text)[-1] != "Jaap Stamm"  # someone else was named between


def test_he_is_not_a_man_named_only_inside_the_last_speaker_s_reported_words():
    text = (
        "Mr Bell rejected the allegation that Mr Browne had been sidelined in the campaign, saying he was playing "
        "a different role. He rejected speculation that Mr Browne wanted to move, saying his recent travels had "
        "been linked to efforts to boost trade."
    )
    assert speaker_names(text) == ["Bell", "Bell"]


def test_a_surname_s_rows_in_one_article_join_the_name_one_of_them_joined():
    rows = [
        ("Barack Obana", "Barack Obana", "A", "2016-07-01"),
        ("Michelle Obana", "Michelle Obana", "B", "2016-07-02"),
        ("Obana", "President Obana", "C", "2016-07-29"),  # neither quoted by C: alone, left as written
        ("Obana", "Mr. Obana", "C", "2016-07-29"),  # a man: Barack
        ("Obana", "he", "C", "2016-07-29"),  # a pronoun says the gender too
    ]
    frame = pd.DataFrame(rows, columns=["speaker", "speaker_mention", "outlet", "published"])
    frame["speaker_type"] = "person"
    frame["published"] = pd.to_datetime(frame["published"], utc=True)
    from analysis.statements.canonical import join_surnames

    assert join_surnames(frame, EMPTY).tolist()[2:] == ["Obana", "Barack Obana", "Barack Obana"]
    frame["doc_id"] = ["a", "b", "c", "c", "c"]  # one article: "President Obana" is the same man
    assert join_surnames(frame, EMPTY).tolist()[2:] == ["Barack Obana"] * 3


def test_a_side_s_role_goes_on_with_the_last_speaker_but_a_party_s_leader_does_not():
    text = 'Maurice Lindley said he understood the interest. "It would be a great loss," said the Warriors chief.'
    assert speaker_names(text) == ["Maurice Lindley", "Maurice Lindley"]
    text = 'Tony Blaine said the plan was sound and would work. "It is a disaster," said the Tory leader.'
    assert speaker_names(text) == ["Tony Blaine", "the Tory leader"]


def test_a_first_name_alone_is_the_one_person_of_the_article_with_it():
    text = (
        "Venus Willard went out in the fourth round. But Serena Willard reached the semi-finals. "
        'Serena added: "Venus had a severe strain in her stomach."'
    )
    assert speaker_names(text) == ["Serena Willard"]


def test_he_after_a_reported_clause_naming_another_man_is_the_speaker_of_unknown_gender():
    text = (
        '"He has talked to me recently," Frank Arneson told the radio. Arneson said he was unable to throw any '
        'light onto the problems that caused Santino to quit. He added: "Jacques never said what it was."'
    )
    assert speaker_names(text) == ["Frank Arneson"] * 3


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Simon Le Bonn said the group were not trying to update their sound. Le Bonn also said the five "
            "members were getting on very well.",
            ["Simon Le Bonn", "Simon Le Bonn"],
        ),
        (
            '"It was a great song," said country star Hank Willis Jr. He added that the song was about '
            "unrequited love.",
            ["Hank Willis Jr", "Hank Willis Jr"],  # not "Hank Willis Jr He"
        ),
        (
            'Tony Wilkes, who was involved with New Order, said he would "rather not" appear in the film. '
            '"I am not an actor and I did a lousy job," said the Factory Records founder.',
            ["Tony Wilkes", "Tony Wilkes"],
        ),
    ],
)
def test_a_surname_s_particle_a_pronoun_after_jr_and_a_label_s_founder(text, expected):
    assert speaker_names(text) == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Plaid Cymru's Elfyn Llwydd said the Welsh had been ignored by ministers.", ("Elfyn Llwydd", "person")),
        ("The deal was good for everyone, said Reuters' Luciana Lopezz.", ("Luciana Lopezz", "person")),
        ("It was a good deal for everyone, said ABN Amro's Paul Mackell.", ("Paul Mackell", "person")),
        ("Number 10 said no decision had been taken on the plan.", ("Number 10", "organisation")),
        ('Conservative co-chairman Liam Foxe said Labour had "lost its way" on health.', ("Liam Foxe", "person")),
        ("Britain's Got Talent said the show would return next year.", None),
    ],
)
def test_a_person_after_an_organisation_s_possessive_and_downing_street_s_number(text, speaker):
    got = [tuple(s) for s in speakers(text)]
    assert got == ([speaker] if speaker else got) and ("Got Talent", "person") not in got


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Mr Kennedy accused the government of "spin" over the figures.', [("Kennedy", "accused", "spin")]),
        ('Mr Smithers criticised the plan as "unworkable".', [("Smithers", "criticised as", "unworkable")]),
        ('Mr Smithers described the plan "in detail".', []),  # no "as": no label
    ],
)
def test_accusing_and_criticising_as_label(text, expected):
    st = found(text)
    assert list(zip(st["speaker"], st["cue"], st["quote"], strict=True)) == expected


def test_a_description_in_apposition_names_its_person_when_written_again():
    text = (
        "Michael Howarth, the Tory leader, said the plans were wrong and costly. "
        "The Tory leader added that he would scrap them."
    )
    assert speaker_names(text) == ["Michael Howarth", "Michael Howarth"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Mr Schroder - a staunch supporter of the pact in the 1990s - said exemptions were now needed.", "Schroder"),
        ("Jason Simms - a teacher from Mount Pleasant - says he made a last-minute decision.", "Jason Simms"),
        ("Fund manager Florian Hamme - the club's largest investor - said he would invest more.", "Florian Hamme"),
    ],
)
def test_an_aside_between_dashes_after_a_name_leaves_the_name_the_speaker(text, speaker):
    assert speaker_names(text) == [speaker]


def test_it_said_is_the_organisation_quoted_just_before_and_no_other():
    text = (
        "The Institute for Fiscal Studies said Mr Browne would need to raise taxes. "
        "It also said the government might narrowly miss its golden rule."
    )
    assert speaker_names(text) == ["the Institute for Fiscal Studies"] * 2
    text = "The IFS said taxes would rise. The Treasury disagreed. It said the rule would be met."
    assert speaker_names(text) == ["IFS"]  # "It" may be the Treasury: left alone


def test_an_organisation_named_with_a_document_word_and_a_reporter_after_an_outlet_s_possessive():
    text = 'The Blaze’s Matt Walshe provided a justification for the list, saying it is "necessary".'
    assert speaker_names(text) == ["Matt Walshe"]
    st = found("The Institute for Fiscal Studies said Mr Browne would need to raise taxes sharply.")
    assert st[["speaker", "speaker_type"]].values.tolist() == [["the Institute for Fiscal Studies", "organisation"]]
    st = found("A Gallup Poll said most voters would back the plan in May.")
    assert st["speaker_type"].tolist() == ["document"]


def test_a_given_name_no_list_knows_joins_only_a_person_of_known_gender():
    text = "Ozzie Osborn said he acted on impulse. Ozzie said he was coming to grips with what had happened."
    assert speaker_names(text) == ["Ozzie Osborn", "Ozzie Osborn"]
    text = "Cadberry Schweppe said sales rose in the year to May. Cadberry said it would raise prices in June."
    assert speaker_names(text)[1] == "Cadberry"  # a firm read as a name: not joined


def test_the_company_is_the_firm_a_story_opens_with_when_no_firm_spoke_before():
    text = (
        "Appleby Group has expanded its music player family with new models. Its latest models hold more songs. "
        "The company, which hopes to keep its lead in the market, also said the gold model would be dropped."
    )
    assert [tuple(s) for s in speakers(text)] == [("Appleby Group", "organisation")]
    text = (
        "Shares fell on Monday as markets opened. Appleby Group has expanded its music player family. "
        "Its rivals were quiet. The company also said the gold model would be dropped from the range."
    )
    assert [tuple(s) for s in speakers(text)] == [("the company", "unnamed")]  # not the story's opening name
    text = text.replace(" Its rivals were quiet.", "")  # but the organisation opening the sentence before
    assert [tuple(s) for s in speakers(text)] == [("Appleby Group", "organisation")]


def test_bill_is_a_first_name_before_a_surname():
    text = 'Bill Cantor\'s job is not for the faint-hearted. "It is a live show," Cantor says.'
    assert speaker_names(text) == ["Bill Cantor"]
    assert [tuple(s) for s in speakers("Bill Garrow said the deal was sound.")] == [("Bill Garrow", "person")]
    assert speakers("The Finance Bill said nothing of the kind, Mr Ames said.")[0][0] == "Ames"


@pytest.mark.parametrize(
    "text",
    [
        ': The album Sundown came out in 1977. "By 1979 he was the biggest touring act in the world."',
        'Critics cited Ann Vale\'s film Harbour Lights. "It was a triumph of nerve," she said.',
        'He co-wrote the screenplay for the movie Frost Age. "It was a joy," he said.',
    ],
)
def test_a_title_after_a_noun_of_works_is_no_speaker(text):
    assert not {"Sundown", "Harbour Lights", "Frost Age"} & set(speaker_names(text))


def test_a_verb_that_is_also_a_noun_of_works_leaves_the_name_a_person():
    text = 'Andy Rodd will play Cyril Saulman in the final. "I am ready," Saulman said.'
    assert speaker_names(text) == ["Cyril Saulman"]


def test_a_name_with_a_second_description_without_a_comma_after_it():
    text = 'Brent Bozwell, PTC president and conservative activist said: "MTV is selling raunchy sex to kids."'
    assert speaker_names(text) == ["Brent Bozwell"]
    text = 'Officials in Leeds, and conservative activist said: "MTV is selling raunchy sex to kids."'
    assert "Leeds" not in speaker_names(text)


def test_a_name_whose_words_it_said_is_an_organisation():
    text = (
        "Deutsche Borse said TCI's opposition would not change its bid. "
        '"Deutsche Borse is convinced that its offer is in the best interests of its shareholders," it said.'
    )
    assert {tuple(s) for s in speakers(text)} == {("Deutsche Borse", "organisation")}
    text = 'Kostas Panagou said the charge was unproven. "The charge fails," he said.'
    assert {tuple(s) for s in speakers(text)} == {("Kostas Panagou", "person")}


def test_the_company_is_not_the_organisation_its_statement_acts_against():
    text = (
        "Menatop Group says it will ask Rosnaft to repay a loan. Rosnaft officials were unavailable for comment. "
        "But the company has said it intends to take action against Menatop to recover some of the debts."
    )
    assert [tuple(s) for s in speakers(text)] == [("Menatop Group", "organisation"), ("the company", "unnamed")]
    text = "Menatop Group says it will ask Rosnaft to repay a loan. The company also said that profits had risen."
    assert [tuple(s) for s in speakers(text)] == [("Menatop Group", "organisation")] * 2


def test_a_surname_the_headline_gives_in_full_is_named_in_full():
    frame = pd.DataFrame(
        {
            "title": ["Hollywood star Tom Harks was in London for the premiere", "Troubled Marsh faces probe"],
            "text": [
                '"I have never seen it before," said Harks, who plays six roles.',
                '"We will co-operate fully," said Marsh, a spokesman for the insurer.',
            ],
        },
        index=pd.Index(["a", "b"], name="doc_id"),
    )
    st = analysis.extract_statements(frame, progress=False)
    assert st.set_index("doc_id")["speaker"].to_dict() == {"a": "Tom Harks", "b": "Marsh"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the subject of the sentence before, not the players named after him in it
            "Manchester United manager Sir Alex Fergus said the task would be hard. Fergus, though, is confident "
            "his young players, particularly Wayne Rodney and Cristo Ronald, are up to the task. "
            '"We have an opportunity to win this cup this year," he declared.',
            "Alex Fergus",
        ),
        (
            "Russia's Vera Zvonar struggled to return her serve. Zvonar has lost both her games so far, having "
            'crashed 6-2 6-4 Svetlana Kuznet on Wednesday. "Sometimes not everything works," she said.',
            "Vera Zvonar",
        ),
        (  # the other man named again in the pronoun's own sentence: his
            "Aston Villa's Thomas Hitzel is waiting to learn the future of manager David O'Lear. "
            'O\'Lear has been in talks over a new deal and he said: "I had a message from his agent."',
            "David O'Lear",
        ),
        (  # a sentence that opens with no person: the usual reading
            "Ireland, despite having Gordon Darcy still out injured, have been boosted by the return of skipper "
            'Brian O\'Drisc. "The knowledge that the England game was coming up really helped," he said.',
            "Brian O'Drisc",
        ),
        (  # a name describing the next one is no subject
            "Franz Ferdinand frontman Alex Kapran has called for more help for musicians. "
            '"For any cultural output to thrive there needs to be some kind of state input," he said.',
            "Alex Kapran",
        ),
    ],
)
def test_he_is_the_subject_of_the_sentence_before_not_a_man_named_after_it(text, speaker):
    assert speaker_names(text)[-1] == speaker


def test_a_nationality_with_the_describes_a_person():
    text = (
        'Robbie Keen, skipper for the night, was pleased. "They are on a high," he said. He conceded the win, '
        'which included goals from Noel Pamar and Midas, was not pretty. "It was not the best display," the '
        "Irishman said."
    )
    assert speakers(text)[-1] == ["Robbie Keen", "person"]
    text = 'Tottenham manager Martin Jole was pleased. "It was a professional performance," the Dutchman said.'
    assert speakers(text) == [["Martin Jole", "person"]]  # the sentence before's subject ("Tottenham" describes him)
    text = 'The stadium was full. "It was a professional performance," the Dutchman said.'
    assert speakers(text) == [["the Dutchman", "unnamed"]]  # no statement before, no person yet: unnamed


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Actor Colin Farel will join a sitcom, according to Hollywood newspaper Daily Varietal.", "Daily Varietal"),
        ("Growth slowed sharply in the year, according to French daily Les Echoes.", "Les Echoes"),
        ("The blogosphere has doubled every five months, according to blog analysis firm Technorama.", "Technorama"),
        ("The Daily Maile said the minister would resign within the week.", "Daily Maile"),
    ],
)
def test_the_organisation_a_kind_of_organisation_describes_after_according_to(text, speaker):
    assert speaker_names(text) == [speaker]


def test_a_hyphenated_description_before_a_name_is_not_part_of_it():
    text = (
        "Podcasting pioneer Adam Currie started it all. Coffee-loving Currie is elated. "
        '"I should be knighted for this," says Currie.'
    )
    assert speaker_names(text) == ["Adam Currie"]


def test_a_chain_of_affiliations_leads_back_to_its_person():
    text = (
        "Dr Erel Avinery, of the Centre for Transport and Society at the University of the West of England in "
        'Bristol said: "The design is not adjusted to the needs of the elderly."'
    )
    assert speaker_names(text) == ["Erel Avinery"]


def test_he_goes_on_with_a_source_described_as_one_of_an_unnamed_organisation():
    text = (
        'Saabo is to build cars in the US. "We know that the dollar will be stronger," the chief executive of a '
        'leading European car maker told BBC News. The current trend was "stupid", he said.'
    )
    assert speaker_names(text) == ["the chief executive of a leading European car maker"] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Aid agencies said that funds for the relief effort were running short.", "Aid agencies"),
        ("The unions said the end of engine production would mean the loss of 800 jobs.", "the unions"),
        ("In its case, the government claimed tobacco firms manipulated nicotine levels.", "the government"),
        (
            "Lawyers for news organisations said it was vital for the answers to be made public.",
            "lawyers for news organisations",
        ),
        (
            "A spokesman for distributor Tohoko said the film had received strong interest.",
            "a spokesman for distributor Tohoko",
        ),
    ],
)
def test_organisations_in_the_plural_speak_unnamed_and_a_verb_ends_a_source_s_phrase(text, speaker):
    assert speaker_names(text) == [speaker]


def test_that_before_a_plural_is_a_conjunction_not_a_determiner():
    text = "Some firms warned that companies would choose to let their staff go rather than pay the levy."
    assert "that companies" not in speaker_names(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Vice-President Rick Chaney said the budget was the "tightest" so far.', "Rick Chaney"),
        ("Wing Christophe Domenici says France can still claim another Grand Slam this season.", "Christophe Domenici"),
        ("Striker Thierry Henri said that the display was beautiful to watch on the day.", "Thierry Henri"),
    ],
)
def test_a_hyphenated_title_or_a_capitalised_role_is_no_part_of_a_name(text, speaker):
    assert speaker_names(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers_found"),
    [
        (
            "The IMF is to cut its growth forecast for Germany to 0.8%, the Financial Times Deutschlund reported.",
            ["Financial Times Deutschlund"],
        ),
        ("The Timely Herald reported that the minister would resign within days.", ["Timely Herald"]),
        ("The firm reported a profit of 5m pounds in the year to March.", []),
        ("Athletics Kenya threatened Edith Masi with a ban if reports that she feigned injury were true.", []),
    ],
)
def test_reported_reports_before_that_or_at_the_end_of_a_clause(text, speakers_found):
    assert speaker_names(text) == speakers_found


def test_a_name_after_a_sentence_s_opening_for_is_its_topic_not_an_object():
    text = (
        '"It is like wandering through the gallery," said Jemima Rellen, head of the digital programme. For Richard '
        'Tateson, who worked on the project, the need grew out of frustration. "I went to an online store," he said.'
    )
    assert speaker_names(text) == ["Jemima Rellen", "Richard Tateson"]


def test_a_word_before_a_city_is_a_club_not_a_first_name():
    text = (
        'Real Madrido want to keep their striker. "I am not sure if I want to stay," he told BBC Sport. '
        "Mutu wants to train with Dinamo Bucharesti, say the Bucharest side."
    )
    from analysis.statements.names import classify_sequence

    assert classify_sequence(["Real", "Madrid"])[0] == "organisation"
    assert classify_sequence(["Venus", "Williams"])[0] == "person"
    assert "Real Madrido" not in speaker_names(text.replace("Madrido", "Madrid"))


def test_british_first_names_read_as_english_words_are_first_names():
    assert speaker_names("Sinn Fein's Gerry Adamson said the talks would go on.") == ["Gerry Adamson"]


def test_a_side_s_role_after_a_sentence_about_one_player_is_that_player():
    text = (
        "Brian Kerry praised Damien Duffy. Kerry said the side was strong. Robbie Keene scored the winner. "
        "Keene was full of praise for Duffy's role in the goal. "
        '"It was great play from Damien," said the Tottenham striker.'
    )
    assert speaker_names(text)[-1] == "Robbie Keene"
    text = (
        "Manager Alex Fergus praised the side. Fergus was happy with the win. "
        '"It was great," said the Manchester striker.'
    )
    assert speaker_names(text) == ["the Manchester striker"]  # a manager is no striker


def test_an_honorific_overrides_a_gender_only_guessed_from_the_first_name():
    text = (
        "However, Lakshmi Mittel has told investors the company will have to shed jobs. "
        "Mr Mittel told US investors that the company would aim to reduce its workforce."
    )
    assert speaker_names(text) == ["Lakshmi Mittel"]
    text = "Cherie Blare opened the school. Mr Blare said that the plan was sound."  # a name the short list knows
    assert speaker_names(text) == ["Blare"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "UK software giant Norvale has posted record annual profits and predicted that it will grow again.",
            ["Norvale", "organisation"],
        ),
        (
            "US carmaker Halden Motors has cut its forecast and warned that sales would fall.",
            ["Halden Motors", "organisation"],
        ),
        ("Leeds boss Tom Varley named an unchanged side and said the players had earned it.", ["Tom Varley", "person"]),
    ],
)
def test_a_country_or_club_before_a_descriptor_describes_the_subject_after_it(text, speaker):
    assert speakers(text) == [speaker]


def test_a_name_before_a_verb_and_a_role_stays_the_subject():
    text = (
        "Marlow boss Ian Prestwick was delighted with the win. Prestwick also praised winger Dan Colley and "
        'striker Lee Garvin, who both scored. He added: "If Dan keeps this up he will play for his country."'
    )
    assert speaker_names(text)[-1] == "Ian Prestwick"


def test_a_country_s_initials_open_an_organisation_s_name():
    assert speakers("UK Mining said it was making progress in cutting its costs.") == [["UK Mining", "organisation"]]


def test_a_description_is_the_story_s_subject_opening_the_sentence_before_with_others_named_between():
    text = (
        "Sir Roy Castell has asked the league to punish Leeton's Marco Vieri for a foul on Dean Hollis. "
        "Castell believes Vieri deliberately caught Hollis with his elbow. The Rovers boss said it was the worst "
        "foul he had seen all season."
    )
    assert speakers(text) == [["Roy Castell", "person"]]
    text = (  # the sentence before's subject does not open the story: still unnamed
        "Hollis was hurt in the second half. Castell believes Vieri deliberately caught Hollis with his "
        "elbow. The Rovers boss said it was the worst foul he had seen all season."
    )
    assert speakers(text) == [["the Rovers boss", "unnamed"]]


def test_the_organisation_said_is_the_organisation_opening_the_sentence_before():
    text = (
        "Mr Hale said the change would be costly. ENDRA, the European Network of Domain Registrars, agrees. "
        '"A rush to change the rules would harm public confidence," the organisation said in a statement.'
    )
    assert speakers(text)[-1] == ["ENDRA", "organisation"]
    text = (  # a heading is no sentence: its word is no subject
        'ABSTRACT. "We have suspended 90,000 accounts since the spring," the company said.'
    )
    assert speakers(text) == [["the company", "unnamed"]]
    text = (  # only the sentence right before: here its subject is no organisation
        "Shares fell on Monday. Velta Group posted a loss. Analysts blamed Korvin Bank for the delay. "
        '"We will recover," the company said.'
    )
    assert speakers(text)[-1] == ["the company", "unnamed"]
    text = (  # another organisation named since
        "Shares fell on Monday. Velta Group posted a loss, blaming Korvin Bank for the delay. "
        '"We will recover," the company said.'
    )
    assert speakers(text)[-1] == ["the company", "unnamed"]


def test_admits_and_other_present_tenses_report_a_clause_without_that():
    assert speakers("Coach Tom Barrow admits his side must improve before the final.") == [["Tom Barrow", "person"]]
    assert speakers("Kevin Keegan has stated he would not stand in the way of the move.") == [
        ["Kevin Keegan", "person"]
    ]


def test_he_after_a_surname_s_reported_clause_is_that_speaker_not_the_man_talked_of():
    text = (
        "The striker scored twice. But Varga said he did not think Dan Kellin would retire at the end of the "
        'season. "I think if he got the record this year he would want to stay next year anyway," he added.'
    )
    assert speaker_names(text) == ["Varga", "Varga"]  # Varga: no first name, no English word


def test_a_plural_kind_of_firm_opening_a_sentence_describes_the_firm_after_it():
    assert speakers("Bookmakers Hartley Bet says the singer has even odds of leaving first.") == [
        ["Hartley Bet", "organisation"]
    ]


def test_he_after_a_partial_quotation_whose_clause_names_another_is_its_speaker():
    text = (
        'Pete Zomer, head of the music federation, said he did not feel the situation was as "dramatic" as '
        'Mr Renn believed. "We have severe problems with piracy," he argued.'
    )
    assert speaker_names(text) == ["Pete Zomer", "Pete Zomer"]
    text = (  # a contrast ends what was said: the man named after it is "he"
        'Harry Hewlitt said he had had a "gutful" of it but Tennis Victoria\'s Geoff Pollen rejected his '
        'comments. "We did ask for it to be faster," he said.'
    )
    assert speaker_names(text)[-1] == "Geoff Pollen"


def test_a_name_after_a_sentence_s_opening_of_is_spoken_of_not_she():
    text = (
        "Cate Vellani, who won for playing screen legend Katharine Hollis in The Pilot, said her award was a "
        'surprise. Of Hollis, she said: "Her long career is inspiring to everyone."'
    )
    assert speaker_names(text) == ["Cate Vellani", "Cate Vellani"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The biggest phone company Telwell says it is doing what it can to stop fraud.", "Telwell"),
        ("And last week the online bank Savvo admitted that its customer details had leaked.", "Savvo"),
        ("The Basque newspaper Garro said it had received a warning call.", "Garro"),
    ],
)
def test_an_organisation_described_by_its_kind_is_named_by_its_name(text, speaker):
    assert speakers(text) == [[speaker, "organisation"]]


def test_a_bare_quotation_after_a_newer_reported_speaker_two_sentences_back_is_theirs():
    text = (
        '"It was too long a recession," said Simon Jarvis, the lab\'s director. Ian Pelling, a futurologist, told '
        'the BBC that the closure was a "real shame". His firm was one of those that had worked with the lab. '
        '"There were a lot of very talented people there.\n\n"I have no doubt they will be snapped up by other labs."'
    )
    assert speaker_names(text)[-2:] == ["Ian Pelling", "Ian Pelling"]


@pytest.mark.parametrize(
    "text",
    [
        "Fly-half Owen Price added four conversions as Wales kept up their fine start to the tournament.",
        "However, Montgrove responded quickly by slotting over a superb penalty to cut the lead to five points.",
        "The Londoners have conceded six goals in their two league games since the cup tie.",
        "Markets responded by pushing the euro lower ahead of the meeting.",
        "Gelana Buru then crowned a great day for her country by claiming victory in the women's race.",
        "Harrowfield claimed their first senior team title in 40 years while Ada Moss won the junior race.",
        "Tessa Lind and Ron Abel claimed the individual titles at the county championships.",
        "Ada Moss claimed her third national indoor title in Sheffield.",
    ],
)
def test_verbs_of_speaking_used_for_play_report_nothing(text):
    assert found(text).empty


def test_a_prize_claimed_is_still_a_claim_when_a_verb_follows_it():
    st = found("Ada Moss claimed her victory was stolen by the judges.")
    assert st["speaker"].tolist() == ["Ada Moss"]
    assert st["quote"].tolist() == ["her victory was stolen by the judges"]


def test_who_was_told_something_is_not_who_said_it():
    text = 'Ina Marsh posted the pictures. Ms Marsh was told her suspension was the result of "unsuitable" images.'
    assert found(text).empty  # the airline's word, not hers
    st = found("Ina Marsh said she was told by the committee that the files were lost.")
    assert st["speaker"].tolist() == ["Ina Marsh"]  # her statement, as a whole


def test_a_headline_s_full_name_gives_the_body_s_surname_its_gender():
    text = (
        "Jason Robins has led the side since the retirement of former captain Martin Jolley, a lock forward. "
        'And former captain Moorcroft told the BBC: "Full-backs are too far away from the action." He added: '
        '"I think the point of influence needs to move closer to the pack."'
    )
    articles = pd.DataFrame(
        {
            "text": [text],
            "title": ["Brian Moorcroft believes the captain should not be a full-back"],
            "published": [pd.Timestamp("2022-03-01", tz="UTC")],
            "outlet": ["The Daily Example"],
        },
        index=pd.Index(["d0"], name="doc_id"),
    )
    body = analysis.extract_statements(articles, EMPTY, progress=False).query("location == 'body'")
    assert body["speaker"].tolist() == ["Brian Moorcroft", "Brian Moorcroft"]
    text = (  # a first name known only as a person's given name ("Jonny", not a word of its own) does too
        'Coach Andy Rollins said: "He is a natural leader." Walbrook kicked the winning goal in 2003. '
        'But he then missed the whole season. "It is a dream come true," he said.'
    )
    articles["text"] = [text]
    articles["title"] = ["Fly-half Jonny Walbrook has been named England captain for the autumn Tests."]
    body = analysis.extract_statements(articles, EMPTY, progress=False).query("location == 'body'")
    assert body["speaker"].tolist() == ["Andy Rollins", "Jonny Walbrook"]


def test_a_win_admitted_or_conceded_is_still_a_clause():
    assert speaker_names("Rafe Benitor admitted victory against Deportivo was vital for his side.") == ["Rafe Benitor"]


def test_a_bare_quotation_after_a_person_s_view_is_theirs():
    text = (
        '"What a great way to finish the year," said Rafa Nadez afterwards.\n\nUS coach Patrick McEnlow wants '
        'his team to play more tennis on clay. "I think it will help these guys learn to mix things up."\n\n'
        '"Obviously it is unrealistic to play constantly on clay."'
    )
    assert speaker_names(text) == ["Rafa Nadez", "Patrick McEnlow", "Patrick McEnlow"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The actress Negar Kaan told media she was being driven home.", "she was being driven home"),
        ("Tom Dorsey tells audiences the plan may fail by the spring.", "the plan may fail by the spring"),
        ("Women telling their stories through song filled the hall, organisers said.", None),
    ],
)
def test_the_listener_after_told_is_whole_words(text, quote):
    quotes = found(text)["quote"].tolist()
    assert all(not q.startswith(("dia", "ir ")) for q in quotes)
    if quote is not None:
        assert quotes == [quote]


def test_a_place_of_two_words_with_a_possessive_is_no_part_of_the_firm_s_name():
    text = "South Korea's Daewan Motor has announced that it plans to build a second plant in India."
    assert speakers(text) == [["Daewan Motor", "organisation"]]


def test_the_company_is_the_organisation_a_story_names_most_when_no_nearer_rule_names_it():
    text = (
        "Shares in Kestrel Group fell 12% after it warned on costs. Investors were shaken by the news. "
        "Kestrel reported a 9% rise in profits for the year. Costs at its Leeds site rose sharply. "
        "The firm said the result was below expectations."
    )
    assert speakers(text)[-1] == ["Kestrel Group", "organisation"]
    text = (  # named most often, though two other firms are named too
        "Brightwater Oil bought the Tarrin unit in a forced sale. Tarrin's owner Halvard Group wants Brightwater "
        "to repay a loan. Brightwater already faces a similar demand from banks. "
        "But the company has said it intends to take action against Halvard."
    )
    assert speakers(text)[-1] == ["Brightwater Oil", "organisation"]
    text = (  # a one-word speaker quoted before may be the firm: the corpus-wide pass names it after the last quoted
        "Quillon said the outlook was stable. Analysts expect Farrow Motors and Farrow Trucks to gain. "
        "Farrow Motors shares rose. Investors cheered. However, the firm said margins would fall."
    )
    assert speakers(text)[-1] == ["Quillon", "organisation"]


@pytest.mark.parametrize(
    "text",
    [
        # as often as another firm: unnamed
        "Kestrel Group and Ormond Bank agreed a deal. Kestrel and Ormond will merge. The firm said jobs would go.",
        # a public body is named most: no firm is what "the company" stands for
        "The Senate voted after Senate leaders met Dorvan Foods. Protesters gathered outside. "
        "The company said it was disappointed.",
        # a kind described as another firm's ("the security firm") is left to the rules that look nearby
        "Velta Group posted a loss. Velta blamed the weather. Analysts were cautious. "
        "The security firm said users should update their software.",
    ],
)
def test_the_company_is_not_named_after_a_story_s_organisation_without_a_clear_lead(text):
    assert speakers(text)[-1][1] == "unnamed"


def test_a_surname_ending_like_an_adverb_is_a_name_when_no_english_word():
    text = (
        "Former Rovers captain Delacailly, who now plays in Qatar, says there is no comparison between the sides. "
        '"Mentally they are much stronger," he said.'
    )
    assert speaker_names(text) == ["Delacailly", "Delacailly"]
    assert speaker_names("Quietly, the minister said the plan would go ahead.") == ["the minister"]


def test_an_apposition_without_its_closing_comma_names_the_person_before_it():
    text = "Mark Osgood, a strategist at Halton Securities told Reuters that no market impact could be expected."
    assert speakers(text) == [["Mark Osgood", "person"]]
    text = "Mr Obama, a top aide said on Monday, is ready to sign the bill."  # an aside: the aide speaks
    assert speakers(text) == [["a top aide", "unnamed"]]


def test_has_added_with_an_object_is_a_thing_added_not_speech():
    text = "In its latest release, the company has added what it calls smart folders to the search bar."
    assert speakers(text) == []
    assert speaker_names("Mr Dane added the deal would be signed within a week.") == ["Dane"]
    assert speaker_names("Mr Dane has added that the deal would be signed within a week.") == ["Dane"]


def test_venus_is_a_woman_s_first_name():
    text = (
        "Venus Tarrant lost in the first round. Her opponent will now face Svetlana Korva. "
        'Tarrant though blamed her defeat on injuries. "Blisters were a factor," she said.'
    )
    assert speaker_names(text) == ["Venus Tarrant"]


def test_a_listener_told_at_a_sentence_s_end_says_nothing():
    assert speakers("Foreign courts need not follow the ruling, a Houston court has been told.") == []
    assert speaker_names("Mr Dane told reporters the deal was done.") == ["Dane"]


def test_a_surname_that_is_a_rare_word_is_a_person_when_an_aside_says_so():
    text = (
        "But Parry, speaking exclusively to the radio, also admits Gorman, who has been linked with Chelsea, "
        'will have the final say on his future. He told the station: "Steven is above money."'
    )
    assert speaker_names(text) == ["Parry", "Parry"]


def test_the_firm_whose_shares_open_the_sentence_or_the_one_before_is_the_firm():
    text = "Shares in Dorvale Doughnuts have fallen after the firm revealed it would restate its accounts."
    assert speakers(text) == [["Dorvale Doughnuts", "organisation"]]
    text = (
        "Shares in Kestrel Group, which is building the new stadium, fell 19% on Monday. "
        "The Australian firm said it would only break even on the project."
    )
    assert speakers(text) == [["Kestrel Group", "organisation"]]
    text = "Shares in London fell on Monday. The firm said it would cut jobs."  # a place: no firm
    assert speakers(text) == [["the firm", "unnamed"]]


def test_a_list_of_things_done_is_no_speech():
    text = "The actor, 45, wrote, directed and starred in the film, which opens next week."
    assert speakers(text) == []
    text = "Ms Odell wrote, produced, and sang every track on the album."
    assert speakers(text) == []
    assert speaker_names("Now, Mr Kell said, the industry rivals the movie business for sales.") == ["Kell"]


def test_a_role_of_named_works_or_people_is_not_their_name():
    text = "The star of Rain Check and Tillmore said the film culture was in decline."
    assert speakers(text) == [["the star of Rain Check and Tillmore", "unnamed"]]
    text = "The singer of Marlo Vance said the band would tour again next year."
    assert speakers(text) == [["the singer of Marlo Vance", "unnamed"]]
    text = "A spokeswoman, Anna Whitby, said the band would tour again next year."
    assert speaker_names(text) == ["Anna Whitby"]


def test_he_in_a_sentence_opened_by_he_is_its_subject_not_a_man_compared_to():
    text = (
        "For his part, Adam Corrin is pressing ahead with his own show. He loves doing it. "
        "He has even been called the Ed Bellamy or Jack Tanner of podcasting which, he says, "
        '"is a badge I will wear with great honour."'
    )
    assert speaker_names(text) == ["Adam Corrin"]


def test_a_name_in_s_before_been_or_pressing_ahead_is_its_subject():
    text = 'For his part, Mr Corrin\'s been pressing ahead with the show. "It is a badge I will wear," he said.'
    assert speaker_names(text) == ["Corrin"]


def test_a_surname_that_is_an_organisation_word_after_a_first_name_is_a_person():
    assert speakers("Referee Martin Poll said he had applied the laws of the game.") == [["Martin Poll", "person"]]
    assert speakers("Singer Emma Church said she would tour again next year.") == [["Emma Church", "person"]]
    assert speakers("A Gallup Poll said most voters were still undecided.")[0][1] == "document"


def test_initials_joined_by_an_ampersand_are_an_organisation():
    text = '"We are bringing in ranges at new price points," said B&Q.'
    assert speakers(text) == [["B&Q", "organisation"]]
    text = "AT&T said estimated cost savings of at least $2bn were a main driver for the merger."
    assert speakers(text) == [["AT&T", "organisation"]]


def test_awards_are_an_organisation():
    text = "Last month the Brit Awards announced they would no longer be awarding a dance prize."
    assert speakers(text) == [["Brit Awards", "organisation"]]


def test_the_club_player_after_a_quotation_is_the_player_the_sentence_before_opened_with():
    text = (
        "Steve Finley believes the team can qualify. The versatile Finley, who starred in Paris, is confident. "
        '"There is a chance for us now to go on and win the group," said the Liverpool player.'
    )
    assert speakers(text) == [["Steve Finley", "person"]]


def test_a_quotation_after_another_speaker_s_attribution_is_that_speaker_s_even_when_the_sentence_ran_on():
    text = (
        '"Most users will be the old and the frail," Dr Ian Gorrell told the website. "Ask if they will like it." '
        "Design matters too. Dr Rhona Vell, of the Centre for Transport at the University of Leeds said: "
        '"The design is not adjusted to the needs of the old. "For example, many cannot turn their necks. '
        '"The design does not consider this need. It is not the only issue," said Dr Vell. '
        '"In general, a new technology asks people to change. Elderly users might not accept it. '
        '"This may be another barrier to success." Such vehicles may find a small market niche. '
        '"The concept is great but it begs a huge number of questions," said Dr Gorrell. '
        '"What is their range? How easy will they really be to use? '
        '"Overall they pose more questions than they answer."'
    )
    s = found(text)
    assert s.loc[s["quote"].str.startswith("What is their range"), "speaker"].tolist() == ["Ian Gorrell"]
    text = (
        '"It was my first final, and it feels good," said Ann Rell. '
        "Her opponent was the more powerful player but could not match her accuracy. "
        '"It was a new experience for me and I will learn from it."'
    )
    s = found(text)  # a sentence about someone else between: not the last speaker's by this rule
    assert "Ann Rell" not in s.loc[s["quote"].str.startswith("It was a new"), "speaker"].tolist()


def test_a_profession_before_a_name_is_no_part_of_it():
    text = 'Journalist Gil Barra writes: "We are in nappies dealing with these things."'
    assert speaker_names(text) == ["Gil Barra"]


def test_a_first_name_written_with_accents_is_a_first_name_and_joins_its_plain_form():
    text = "EC President José Manuel Barrosa said that competitiveness would be his top priority."
    assert speaker_names(text) == ["José Manuel Barrosa"]
    rows = [
        ("José Manuel Barrosa", "José Manuel Barrosa", "A", "2005-01-05"),
        ("José Manuel Barrosa", "José Manuel Barrosa", "A", "2005-01-06"),
        ("Jose Manuel Barrosa", "Jose Manuel Barrosa", "A", "2005-01-07"),
    ]
    assert _joined(rows) == ["José Manuel Barrosa"] * 3


def test_the_paper_is_the_newspaper_named_just_before_and_a_capitalised_paper_is_a_name():
    text = (
        "According to the Morning Observer, 3,000 jobs could be lost. "
        "The paper said that officials believe cutbacks will be required."
    )
    assert [s[0] for s in speakers(text)] == ["Morning Observer", "Morning Observer"]
    text = "Jobs may go at the plant. The paper said that officials believe cutbacks will be required."
    assert speakers(text) == [["the paper", "document"]]
    text = "Cuts are coming, according to the Observer, which has seen the plans."
    assert speakers(text)[0][1] == "organisation"  # a newspaper's name, not an unnamed observer


def test_he_after_a_sentence_about_a_person_of_unknown_gender_is_that_person():
    text = (
        "Tom Ranger will also take part. Kaz Collard ran in the city at the 2003 indoor championships. "
        '"I am looking forward to competing against such a strong field," he said.'
    )
    assert speaker_names(text) == ["Kaz Collard"]
    text = (  # a club is no person: the pronoun keeps its usual antecedent
        'Tom Ranger said the season was long. The Reds are fifth in the table. "It is a big month for us," he added.'
    )
    assert speaker_names(text) == ["Tom Ranger", "Tom Ranger"]


def test_he_in_a_clause_after_when_is_the_subject_of_the_clause_it_depends_on():
    text = (  # a hyphened particle is part of the name; "when he said" is the minister's, not the prince's
        "Last year, Crown Prince Faisal told departments to hire more staff. Earlier this week, the Gulf Herald "
        'said Works Minister Omar al-Qasimi had "caused uproar" when he said his ministry could not find staff.'
    )
    assert speaker_names(text)[-1] == "Omar al-Qasimi"
    text = "Mr Dorn told the board to wait. Mr Kell criticised Mr Dorn when he said the plan was too slow."
    assert speaker_names(text)[-1] == "Dorn"  # an object is left to the usual reading


def test_a_name_the_text_gives_an_organisation_is_an_organisation_when_it_speaks_alone():
    text = (
        "Anti-fraud consultancy Wexbridge Holm says card fraud has risen. "
        "But the clampdown has caused fraudsters to change tack, Wexbridge Holm said."
    )
    assert speakers(text) == [["Wexbridge Holm", "organisation"]] * 2
    text = 'Officials stressed that Nandor would prefer to stay. "I am happy here," Nandor said.'
    assert speakers(text)[-1] == ["Nandor", "person"]  # "that" before a name is the conjunction


def test_a_document_that_names_its_author_is_the_authors_statement():
    from analysis.statements.extract import document_owner

    assert document_owner("an SFA statement") == "SFA"
    assert document_owner("Marlow United's statement") == "Marlow United"
    assert document_owner("a report by UK think-tank Civitas Nova") == "Civitas Nova"
    assert document_owner("lending figures from the Bank of Westmark") == "Bank of Westmark"
    no_author = ("the report", "the Beige Book", "Chinese state press reports", "Wednesday's statement", "a UK report")
    for phrase in no_author:
        assert document_owner(phrase) is None, phrase
    text = (
        'Former premier Jan Velder led the review. "Lisbon is about everything," the Velder report said. '
        'Clubs are waiting. "The player will be fined," said a Marlow United statement.'
    )
    assert speakers(text) == [["Jan Velder", "person"], ["Marlow United", "organisation"]]
    text = 'Jobs may go. "Growth is slowing," the report said.'
    assert speakers(text) == [["the report", "document"]]


def test_a_view_given_with_though_and_is_keen_before_a_bare_quotation_is_the_holders():
    text = (
        '"The guys want game time," Tom Varley told reporters. Coach Alan Brecon, though, is keen to rest his '
        'players. "At this stage there is nothing more they can do to impress me."'
    )
    assert speaker_names(text) == ["Tom Varley", "Alan Brecon"]


def test_the_spokesman_is_the_spokesman_described_in_full_before():
    text = (
        "The Tellaro spokesman said a similar process would start. The firms have three months to respond "
        'and the process "may go on for some time yet", the spokesman said.'
    )
    assert speakers(text) == [["the Tellaro spokesman", "unnamed"]] * 2


def test_he_opening_a_sentence_after_an_opening_phrase_and_a_surname_heard_before_is_that_surname():
    text = (
        'Rendle said the club was calm. "Nothing is for sale," Rendle told reporters. It was a busy summer, '
        "with the arrival of manager Tomas Vidal. On the subject of the captain, Rendle revealed Madrid had "
        'asked about him. He said: "They were looking for ways to get more out of the deal."'
    )
    assert speaker_names(text)[-1] == "Rendle"


def test_a_field_word_ending_a_name_with_no_role_makes_a_firm_not_a_title():
    text = "Shares in Brenlow Energy, a UK oil firm, have fallen. The company said tests had found no oil."
    assert speakers(text) == [["Brenlow Energy", "organisation"]]
    text = "Energy Secretary Ed Vane said prices would fall."
    assert speakers(text) == [["Ed Vane", "person"]]


def test_a_quotation_reopens_after_a_sentence_ending_in_a_single_quoted_phrase():
    from analysis.statements.quotes import find_quotes

    text = (
        "\"It made us say 'wow - that's interesting.' \"My view is that it beats sharing a ground.\" "
        'Some fans disagree, but Rendle countered: "I see the money it brings."'
    )
    assert [q.text(text) for q in find_quotes(text)] == [
        "It made us say 'wow - that's interesting.'",
        "My view is that it beats sharing a ground.",
        "I see the money it brings.",
    ]


def test_he_goes_on_with_a_surname_through_a_sentence_opened_by_he():
    text = (
        'Steven Garrard said he was happy at the club. "Nothing is for sale," Rendle told reporters. '
        "Rendle is currently raising funds for the new stadium. And he confessed the rival deal had impressed "
        'the club. He said: "I have been against naming rights."'
    )
    assert speaker_names(text) == ["Steven Garrard", "Rendle", "Rendle"]


def test_a_bare_spokesman_after_an_organisations_statement_speaks_for_it():
    text = (
        'Northwind Broadcasting denied the show broke any rules. A spokeswoman said: "We listened to every concern'
        ' raised at the meeting." The Harbour Authority said the pier stays shut. The agency will meet again'
        " next week. The spokesman said repairs begin in March."
    )
    assert speakers(text) == [
        ["Northwind Broadcasting", "organisation"],
        ["a spokeswoman for Northwind Broadcasting", "unnamed"],
        ["Harbour Authority", "organisation"],
        ["the spokesman for the Harbour Authority", "unnamed"],
    ]
    # another organisation or person named between them: the spokesman may be theirs
    text = (
        "Northwind Broadcasting denied the show broke any rules. Regulator Ofwave is looking into it. A spokesman said:"
        ' "We listened to every concern raised at the meeting."'
    )
    assert speakers(text)[-1] == ["a spokesman", "unnamed"]


def test_an_indefinite_role_is_an_unnamed_source_not_the_channel_it_spoke_on():
    text = '"We now have more than five million people out of work," a government minister said earlier on Kanal Neun.'
    assert speakers(text) == [["a government minister", "unnamed"]]
    text = '"Free downloads have killed new bands," said one musician quoted by the report.'
    assert speakers(text) == [["one musician", "unnamed"]]  # not the report that quoted them
    text = 'Dana Rook, a former chairman of the board said the sale "was never in doubt" and would go ahead.'
    assert speakers(text) == [["Dana Rook", "person"]]  # the apposition's person, its closing comma missing


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            '"It is a question of sovereignty," Reuters quoted a central bank official as saying.',
            "a central bank official",
        ),
        ("The Ledger had quoted an unnamed executive at Tarnmoor as saying the group would bid.", None),
        ("Wire agency AP quoted prosecutor Dale Whitcombe as saying the scheme had run for years.", "Dale Whitcombe"),
        ("Morven was quoted in a French newspaper as saying he would like to play for a bigger club.", "Morven"),
    ],
)
def test_who_a_source_quoted_as_saying_said_it(text, speaker):
    names = speaker_names(text)
    if speaker is None:  # an unnamed source, not the report that quoted it
        assert names == ["an unnamed executive at Tarnmoor"]
    else:
        assert names == [speaker]


def test_and_said_goes_with_the_subject_of_its_own_clause():
    text = (
        "Governor Ada Linthwaite on Monday signed an order to shut the border, while Tom Graveney, the former"
        " mayor, proposed a ban and said the speaker should resign over the vote."
    )
    assert speaker_names(text) == ["Tom Graveney"]


def test_they_after_the_clause_they_said_is_a_group_before_that_sentence():
    text = (
        "Finance ministers from the north have openly blamed Westland for the rise in the krona. Westland"
        " officials were talking up the currency, they said, but failing to act on their words."
    )
    assert speaker_names(text) == ["Finance ministers"]


def test_a_capitalised_all_after_an_article_is_part_of_the_name():
    text = "An All Counties league spokesperson denied the chairman made the remark at the dinner."
    assert speaker_names(text) == ["an All Counties league spokesperson"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Ardo Jan Veltkamp, a consultant, said the survey was clear.", "Ardo Jan Veltkamp"),
        ("Goalscorer Jimmy Floyd Hasselbaink said it was a great night.", "Jimmy Floyd Hasselbaink"),
        ("General Electric said profits rose strongly this year.", "General Electric"),
    ],
)
def test_a_given_name_the_list_lacks_stays_in_the_name_and_a_firm_word_makes_a_firm(text, speaker):
    assert speaker_names(text) == [speaker]


def test_mr_before_a_surname_of_two_words_is_the_person_named_in_full():
    text = "Novelist Mario Varga Lloso said the book was done. Mr Varga Lloso added that it had taken him years."
    assert speaker_names(text) == ["Mario Varga Lloso", "Mario Varga Lloso"]
    # within the article already, before the corpus pass joins forms of one name; "Mrs" is someone else
    assert [f.speaker for f in Extractor(EMPTY).article(text)] == ["Mario Varga Lloso", "Mario Varga Lloso"]
    text = text.replace("Mr Varga", "Mrs Varga").replace(" him ", " ")
    assert [f.speaker for f in Extractor(EMPTY).article(text)] == ["Mario Varga Lloso", "Varga Lloso"]


def test_a_name_after_dressed_as_or_listed_as_is_no_one_who_goes_on_speaking():
    text = (
        "Dana Whitlow is listed as the chairman of Riverside Volunteers for Reform. Recently she announced on"
        ' her page: "I am boarding the train and I am not getting off it."'
    )
    assert speaker_names(text) == ["Dana Whitlow"]
    text = (
        "Rob Fenwick took the stage. Two dancers came on dressed as his old bandmates Gary Tallow and Howard"
        ' Dunn. He told the audience: "It is great to be back here tonight."'
    )
    assert speaker_names(text) == ["Rob Fenwick"]


def test_a_peer_named_by_surname_alone_keeps_the_peerage_in_the_name():
    text = "Chief executive Lord Brayne said the results were strong. Lord Brayne added that the firm was growing."
    assert speaker_names(text) == ["Lord Brayne", "Lord Brayne"]
    text = "Lord Tomlin said the bid was strong. Lord Peter Tomlin added that the vote would be close."
    assert set(speaker_names(text)) == {"Peter Tomlin"}  # the first name, once the text gives it


def test_he_after_a_quotation_goes_on_with_the_speaking_subject_of_unknown_gender_before_it():
    text = (
        "Food was thrown at United boss Sir Alec Fergus, reports said. However, Edo tried to play down the"
        ' incidents, adding: "There was nothing that I have not seen at home." But Edo was highly critical of'
        ' some of the challenges, particularly on Jose Reyas. "I think we were a lot fairer in the tackles," he said.'
    )
    assert speaker_names(text)[-2:] == ["Edo", "Edo"]


def test_a_nickname_in_quotation_marks_is_no_part_of_the_name():
    text = "Brian 'Head' Welsby told a radio station that his bandmates respected his decision to leave."
    assert speaker_names(text) == ["Brian Welsby"]
    text = "Dwayne 'The Stone' Jonsen said the film had been the most fun he had ever had."
    assert speaker_names(text) == ["Dwayne Jonsen"]


def test_a_faiths_adjective_after_a_first_name_is_no_ones_name():
    text = (
        "Roman Catholic organisations have demanded the film's withdrawal. The president of one of the main"
        ' Catholic groups, Dolphy Desouza, says it has hurt the community. He called the film "pornographic".'
    )
    assert "Roman Catholic" not in speaker_names(text)
    text = "Another Muslim who worshipped at the centre said he had heard the gunman talk of the case."
    assert speaker_names(text) != []  # a description of someone, still a source


def test_a_name_before_magazine_or_newspaper_is_a_publication():
    text = '"It is hamstrung by grandiosity," wrote one reviewer in Rolling Pebble magazine.'
    reviewer = speakers(text)
    text = (
        "Vedomir newspaper reported that the authorities made the demand. The paper added that most of the taxes"
        " claimed are linked to the company's exports."
    )
    assert speaker_names(text) == ["Vedomir"]  # "the paper" is the newspaper named before
    assert reviewer == [["one reviewer in Rolling Pebble magazine", "unnamed"]]


def test_a_gendered_noun_before_a_name_in_apposition_gives_the_person_s_gender():
    text = (
        "Rock guitarist Vic Dane is being sued by a former partner. The woman, Robin Holt, said Dane had made "
        "promises. Holt added that the pair met in 1990. She is also claiming that Dane failed to support her."
    )
    assert speaker_names(text)[-1] == "Robin Holt"  # "Robin" is mostly a man's name; the text says otherwise
    text = (
        "Ms. Arif spoke after her husband. She said she could not stay composed while talking about her son, "
        'Daud Arif. "Everyone felt my pain," Ms. Arif said. She continued: "Nobody asked us."'
    )
    assert set(speaker_names(text)) == {"Arif"}  # the son is a man: no "Ms. Arif", no "she"


def test_a_band_named_before_a_player_s_role_is_nobody():
    text = "Velvet Lantern guitarist Mick Rowe has quit the band, saying he needed a rest."
    assert speaker_names(text) == ["Mick Rowe"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "A spokesman for the firm refused to comment on the reports, but said results were due on Friday.",
            "a spokesman for the firm",
        ),
        ("A spokeswoman for Velmora declined to comment on the figures, but said sales were strong.", "Velmora"),
    ],
)
def test_a_source_keeps_whom_it_speaks_for_when_its_verb_comes_after_another(text, speaker):
    assert speaker in speaker_names(text)[0]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "About 28% of the bosses polled for the survey say that they have moved jobs.",
            "the bosses polled for the survey",
        ),
        ("Most of the voters questioned for the poll said that they would back the plan.", "questioned for the poll"),
        ("Half of the firms surveyed by the institute say that they will cut jobs.", "surveyed by the institute"),
    ],
)
def test_the_people_a_survey_asked_speak_not_the_survey(text, speaker):
    (found_speaker,) = speaker_names(text)
    assert speaker in found_speaker


def test_a_person_s_possessive_before_a_capitalised_work_names_the_person():
    text = (
        "The band used three notes from flautist Dennis Okoro's Chorale in a track. Although the band had "
        "paid a fee for the sample, Mr Okoro said his copyright had been infringed."
    )
    assert speaker_names(text) == ["Dennis Okoro"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The Securities and Exchange Commission said it would look into the trades.",
            "Securities and Exchange Commission",
        ),
        ("China's Baoshan Iron and Steel Co. said it was delaying a share sale.", "Baoshan Iron and Steel Co"),
        (
            "A spokesperson for the Parks and Recreation Department said the department would wait.",
            "a spokesperson for the Parks and Recreation Department",
        ),
        ("Good displays against West Brom and Aston Villa pleased fans, Ted Lowe said.", "Ted Lowe"),
        (
            "The Mortgage Lenders Association and Building Societies Association said lending was slowing.",
            "Building Societies Association",
        ),
    ],
)
def test_an_institution_s_name_may_hold_and(text, speaker):
    assert speaker_names(text) == [speaker]


def test_a_firm_named_before_its_kind_is_the_firm():
    from analysis.statements.names import find_mentions

    assert speaker_names("Earlier this year, the ABX network claimed that the show had been rushed.") == ["ABX"]
    for phrase in ("the US company", "the South Yorkshire company", "the Canada-based firm"):
        text = f"Earlier, {phrase} said profits rose."
        assert [m.name for m in find_mentions(text) if m.kind == "organisation"] == [phrase]  # a place is no name


def test_a_bare_quotation_carries_on_a_long_partial_quotation_just_before():
    text = (
        '"The council funds short films every year," said chief executive Tom Reed. "It pays off," he added.\n\n'
        'Arnold Pike, from Dartford, described his win as "truly overwhelming. I am not used to this at all," he '
        'said. "Thanks to everyone who worked on this."'
    )
    assert speaker_names(text)[-1] == "Arnold Pike"
    text = (
        '"We fund short films," said chief executive Tom Reed. "It pays off," he added.\n\nMs Vale was told her '
        'post was "unsuitable". "We will look again at the rules," he said. "Nothing is decided."'
    )
    assert speaker_names(text)[-1] == "Tom Reed"  # a word or two quoted carries nothing on


@pytest.mark.parametrize(
    "text",
    [
        "It stars Nina Press, who appeared in the drama My Summer Of Love, as a mother.",
        "It was the year of Lord Of The Rings, which won eleven awards.",
    ],
)
def test_a_title_in_title_case_is_no_one(text):
    from analysis.statements.names import find_mentions

    assert [m.name for m in find_mentions(text) if m.kind == "person"] == ["Nina Press"][: text.count("Nina")]


def test_a_middle_initial_and_a_lost_full_stop_keep_a_name():
    from analysis.statements.names import classify_sequence

    assert classify_sequence(["Charles", "A", "Blixt"])[:2] == ("person", ["Charles", "A", "Blixt"])
    assert classify_sequence(["Vadim", "Mitroshin", "The"])[0] == "person"


@pytest.mark.parametrize(
    "text",
    [
        "John Cole, Velmora's chief financial officer said a test version would be out soon.",
        "Later, John Cole, economist at Global Insight said rates would stay on hold.",
    ],
)
def test_a_name_before_a_role_without_its_closing_comma_speaks(text):
    assert speaker_names(text) == ["John Cole"]
    assert speaker_names("John Cole, officials said, will leave in May.") == ["officials"]


def test_whom_a_pronoun_s_verb_or_a_preposition_s_role_names_is_no_he():
    text = (
        "Newcastle boss Graeme Sands is lining up a summer move for England and Real Madrid striker Michael Orr.\n\n"
        "He sees Orr as the ideal replacement for Alan Shaw, although he hopes to persuade Shaw to carry on. "
        '"Michael is in the category of players who would excite the fans," he told BBC Newcastle.'
    )
    assert speaker_names(text) == ["Graeme Sands"]
    text = (
        "The argument was dismissed by Justice David Suter. CEA boss Mr Shapley thinks the case is important. "
        '"It is about preserving innovation," he said.'
    )
    assert speaker_names(text) == ["Shapley"]  # a role after the sentence before's object is no object
    text = (  # a name in apposition to a preposition's role is that role's: no "he" who speaks next
        "Somebody has to pay, observed Jon Barrow, adviser to the IMF's managing director, Ricardo Lato. "
        '"Everyone needs to keep the cost in mind," he said.'
    )
    assert speaker_names(text) == ["Jon Barrow", "Jon Barrow"]
    text = 'In her bid for president, Helen Roddam has praised Mr Obanu. "We agree," she said.'
    assert speaker_names(text) == ["Helen Roddam"]  # a bare role before the comma: the sentence's subject


def test_a_club_s_last_word_alone_is_the_club():
    text = (
        "Rangers have agreed to loan Dan Mlado to Real Sociedad. Sociedad have been given permission to sign "
        "him. Sociedad say they will pay Rangers £150,000."
    )
    assert speakers(text) == [["Real Sociedad", "organisation"]]
    text = "The final was at the Stade de France. Elizabeth France said the ground was full."
    assert speaker_names(text) == ["Elizabeth France"]


def test_a_relative_named_by_first_name_takes_the_family_name_and_leaves_the_surname_to_the_parent():
    text = 'The tapes were made by engineer Thorne Nagle. "We have had them for years," Nagle\'s son Stephen, 57, said.'
    assert speaker_names(text) == ["Stephen Nagle"]
    text = (
        "Mark Bardell's son, Daniel, was one of the students killed at the school. Bardell now leads a campaign. "
        "Bardell says that far too many lives have been lost."
    )
    assert speaker_names(text) == ["Mark Bardell"]


def test_a_side_s_role_after_a_sentence_about_another_player_is_that_player():
    text = (
        "England's Josh Lowe has claimed he was denied a late try. \"I'm positive I touched it down,\" Lowe told "
        'BBC Sport. Lowe added: "That incident and Mark Cotto\'s effort were the two key elements."\n\n'
        "Cotto was also puzzled as to why his try had been disallowed by Kaplan. "
        '"I was behind the ball," said the Sale player.'
    )
    assert speaker_names(text)[-1] in ("Cotto", "Mark Cotto")


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Nintara's new handheld console, the DX, will launch in Europe in March, the company has announced.",
            "Nintara",
        ),
        (
            "The regulator is investigating insurance broker Marsh & Vale's share deals, the firm has said.",
            "Marsh & Vale",
        ),
        (
            "Shares in Krispy Doughnuts fell on Wall Street after the firm revealed it would restate its accounts.",
            "Krispy",
        ),
    ],
)
def test_the_company_of_the_first_sentence_is_its_one_firm(text, speaker):
    assert speaker_names(text)[0].startswith(speaker)


def test_a_name_in_apposition_after_a_source_placed_on_a_stage_is_the_speaker_of_a_participle():
    text = (
        "Governor Mark Hale spoke first. But the other candidate on the stage, former Treasury Secretary Dana "
        "Whitcombe, drew a contrast, saying that fears of job losses were overblown."
    )
    assert speakers(text) == [["Dana Whitcombe", "person"]]


def test_a_participle_after_a_clause_of_its_own_is_that_clause_s_subject():
    text = (
        "Senator Alma Reyes argued that the courts were tilted against tenants, while her main rival, Victor Lund, "
        "has climbed in the polls by saying that the courts were tilted in favour of banks."
    )
    rows = found(text)
    assert rows["speaker"].tolist() == ["Alma Reyes", "Victor Lund"]
    assert rows["content"].tolist() == [
        "the courts were tilted against tenants",
        "the courts were tilted in favour of banks",
    ]


def test_a_lawsuit_filed_in_a_borough_by_a_person_is_that_person_s():
    text = (
        "The partners meant to turn the hotel into a mall, according to a lawsuit filed in Brooklyn by "
        "Oksana T. Melnyk, a former minister of trade."
    )
    assert speakers(text) == [["Oksana T Melnyk", "person"]]


def test_a_warning_tweeted_is_a_noun_but_a_warning_that_reports():
    text = (
        "On the other side, Sen. Paul Ardis (R-Tex.), a candidate for governor, tweeted a warning. "
        "The director Helen Marsh issued a warning on Monday that the show was unsuitable for young children."
    )
    rows = found(text)
    assert rows["speaker"].tolist() == ["Helen Marsh"]
    assert rows["content"].tolist() == ["the show was unsuitable for young children"]


def test_a_participle_after_a_relative_clause_s_verb_is_the_main_subject_s():
    text = (
        "Governor Ellen Price sharply rebuked critics who say she should close the border, saying a wall would "
        "do nothing to stop the smugglers."
    )
    assert speaker_names(text) == ["critics", "Ellen Price"]


def test_people_admitted_to_a_country_or_to_hospital_admit_nothing():
    text = (
        "A majority of the refugees admitted to the United States last year were children. "
        "Jane Doyle admitted to the inquiry that she had destroyed the files."
    )
    assert found(text)["content"].tolist() == ["she had destroyed the files"]


def test_the_head_of_an_organisation_named_before_the_role_without_a_closing_comma():
    text = 'Marco Silva, president and CEO of Oregon Grocers Association stated, "It is a math problem."'
    assert speakers(text) == [["Marco Silva", "person"]]


def test_nouns_of_an_opening_phrase_are_no_reporting_verb():
    text = (
        "The council has come under attack from Dale Kerrigan. In TV interviews and tweets, Kerrigan has "
        "argued that the vote was rigged."
    )
    assert speaker_names(text) == ["Dale Kerrigan"]


def test_a_person_in_a_post_or_statement_is_its_author_not_the_site():
    text = "Tom Keller proposed a new agency, while Rita Vance in a Medium post said she would appoint judges."
    assert speaker_names(text) == ["Rita Vance"]


def test_a_surname_without_honorific_takes_the_gender_its_article_gives_it():
    # usa-today-like: the outlet quoted only the wife in full that week; the article's "he said" is the husband
    rows = [
        ("Barack Obana", "Barack Obana", "Other Paper", "2016-06-14"),
        ("Michelle Obana", "Michelle Obana", "Daily", "2016-06-14"),
        ("Obana", "President Obana", "Daily", "2016-06-15"),
        ("Obana", "he", "Daily", "2016-06-15"),
    ]
    frame = pd.DataFrame(rows, columns=["speaker", "speaker_mention", "outlet", "published"])
    frame["speaker_type"] = "person"
    frame["published"] = pd.to_datetime(frame["published"], utc=True)
    frame["doc_id"] = ["a", "b", "c", "c"]
    from analysis.statements.canonical import join_surnames

    assert join_surnames(frame, EMPTY).tolist()[2:] == ["Barack Obana", "Barack Obana"]


def test_a_passive_with_an_adverb_and_a_story_told_are_no_statements():
    text = (
        "Brando sent along a woman called Ruth Ellery to collect his award. She was later revealed to be an "
        "actress. The film Crossroads tells the story of two men on a road trip. Nora Quill told the tale of "
        "her escape."
    )
    assert found(text).empty


def test_a_one_word_name_with_a_plural_verb_is_a_club_or_band():
    text = (
        "On Thursday Rovers said they would not raise their offer. Blackwood have said all along that they "
        "want six million pounds for the midfielder. Ronaldo and Deco have been superb, and Deco said he was happy."
    )
    statements, _ = Extractor(EMPTY).read(text)  # one article's reading (the corpus's evidence comes after)
    assert [(f.speaker, f.speaker_type) for f in statements] == [
        ("Rovers", "organisation"),
        ("Blackwood", "organisation"),
        ("Deco", "person"),
    ]


def test_the_aged_nationality_is_the_story_s_man():
    text = (
        "Arnaud Lemaire has signed a new contract with Arsenal. The 55-year-old Frenchman told the club's "
        'website: "I love this club."'
    )
    assert speaker_names(text) == ["Arnaud Lemaire"]


def test_a_participle_after_after_is_the_subject_of_the_clause_joined_by_and():
    text = (
        "Inspectors could not find them at the village and the pair were later admitted to hospital after "
        "claiming to have been involved in a motorcycle accident."
    )
    assert speaker_names(text) == ["the pair"]


def test_a_listener_of_a_city_last_week_is_no_part_of_what_was_said():
    text = "Former governor Ruth Calder told The Ledger of Trenton last week she would rather vote for the mayor."
    assert found(text)["content"].tolist() == ["she would rather vote for the mayor"]


def test_a_statement_in_an_opening_subordinate_clause_ends_at_its_comma():
    text = "When Joan Pratt said the plan had failed, the hall fell silent and the chairman adjourned the meeting."
    assert found(text)["content"].tolist() == ["the plan had failed"]


def test_even_as_a_speaker_claimed_that_is_a_statement_of_its_own():
    text = (
        'But even as Dale Ferris claimed on Tuesday that "the general got in trouble for far less," one of the '
        "former prosecutors for the general said the two cases were different."
    )
    assert speaker_names(text) == ["Dale Ferris", "one of the former prosecutors for the general"]


def test_apart_opening_a_sentence_is_no_one_she_could_be():
    text = (
        "Apart from this, the festival has continued as planned. The director's words were echoed by Carla "
        'Rudd, head of the sister event. "We have been careful to be respectful," she said.'
    )
    assert speaker_names(text) == ["Carla Rudd"]


def test_according_to_a_source_without_a_comma_reports_the_clause_right_after_it():
    text = (
        "According to Microsoft the messages were sent via addresses owned by two ministries, several schools "
        "and a hospital."
    )
    assert found(text)["content"].tolist() == [
        "the messages were sent via addresses owned by two ministries, several schools and a hospital"
    ]


def test_the_company_is_the_firm_a_description_opens_the_story_with():
    text = (
        "Russian oil company Vostos is due in a US court on Thursday as it fights for its survival. Vostos "
        "lawyers now say the auction was illegal. The company wants damages of $20bn, claiming the unit was sold "
        "cheaply."
    )
    assert speakers(text)[-1] == ["Vostos", "organisation"]


def test_a_name_keeps_no_the_left_by_a_lost_full_stop():
    text = (
        '"The risks are real," said Credit Suisse analyst Vadim Petrosyan The dispute with the authorities is '
        "partly driven by politics."
    )
    assert speaker_names(text) == ["Vadim Petrosyan"]


@pytest.mark.parametrize(
    "text, content",
    [
        ("Joe Brennan said on Sunday he could not confirm the plan.", "he could not confirm the plan"),
        ("Joe Brennan said yesterday the plan was dead.", "the plan was dead"),
        ("Joe Brennan said last year its prices were too high.", "last year its prices were too high"),
        (
            "Joe Brennan told reporters on Tuesday that, given such prices, the cartel saw no reason to cut output.",
            "given such prices, the cartel saw no reason to cut output",
        ),
        ("Joe Brennan told lawmakers on Wednesday night Ann Boyd was appointed.", "Ann Boyd was appointed"),
    ],
)
def test_the_day_a_verb_was_said_on_is_no_part_of_what_was_said(text, content):
    assert found(text)["content"].tolist() == [content]


def test_that_before_but_is_an_object_not_a_clause():
    text = "As ever, the player will decide, and Joe Brennan acknowledges that, but he is determined to help."
    assert "that" not in found(text)["content"].str.split().str[0].tolist()


def test_it_goes_on_with_the_paper_named_after_what_it_reported():
    text = (
        "The rail plan is to get the go-ahead this month, according to the Sunday Times. It says the Treasury has "
        "set aside the money."
    )
    assert speakers(text) == [["Sunday Times", "organisation"], ["Sunday Times", "organisation"]]


def test_a_statement_ends_at_a_dash_before_a_participle():
    text = (
        "A protester, Kieran Sutcliff, says he saw no difference between them - noting that he saw them carrying "
        'weapons. "It is all a fraud," he said.'
    )
    rows = found(text)
    assert rows["content"].tolist() == [
        "he saw no difference between them",
        "he saw them carrying weapons",
        "It is all a fraud",
    ]
    assert set(rows["speaker"]) == {"Kieran Sutcliff"}


def test_the_report_goes_on_with_the_report_named_in_full_before():
    text = '"The divide is closing," the World Bank report said. Half the world now has a phone, the report said.'
    assert speakers(text) == [["World Bank", "organisation"], ["World Bank", "organisation"]]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "House prices fell 0.4% in October, according to the Nationwide, their biggest fall since 2001.",
            "House prices fell 0.4% in October",
        ),
        (
            "Sales of consoles will grow, according to Jane Hill, editor of the Games Weekly magazine.",
            "Sales of consoles will grow",
        ),
        ("Sales fell, according to the ONS, which said the drop was the biggest in years.", "Sales fell"),
        ("Prices rose, according to the ONS, and the Bank is worried.", "Prices rose"),
    ],
)
def test_according_to_a_source_then_a_description_reports_the_clause_before(text, content):
    assert found(text)["content"].tolist() == [content]


def test_common_south_asian_first_names_keep_a_person_a_person():
    rows = found(
        'Mukesh Ambari and his brother split the group. "We will grow," Vijay said.',
        '"The new company is going to be different," said Vijay Raman, the firm\'s director of markets.',
    )
    assert set(rows["speaker_type"]) == {"person"}


def test_what_was_said_opens_with_no_comma():
    text = "Ada Brook said the plan was safe. But, she said, if enough people sign up the sites could be forced to pay."
    assert found(text)["content"].tolist() == [
        "the plan was safe",
        "if enough people sign up the sites could be forced to pay",
    ]


def test_analysts_named_right_after_their_description_are_the_firm():
    text = (
        "Many are turning away from TV, say analysts Jupiter Research. According to Pew Research 44% of "
        "searchers use just a single search engine, 48% use two or three."
    )
    rows = found(text)
    assert rows[["speaker", "speaker_type"]].values.tolist() == [
        ["Jupiter Research", "organisation"],
        ["Pew Research", "organisation"],
    ]
    assert rows["content"].tolist()[1].startswith("44% of searchers")


def test_a_bare_quotation_after_a_sentence_of_what_a_player_was_keen_on_is_his():
    text = (
        'Coach Sean Pryce said: "We are happy with the start." Flanker Marcus Wynne was keen not to talk about '
        'a possible Grand Slam. "We have got more self-belief these days."'
    )
    assert speaker_names(text) == ["Sean Pryce", "Marcus Wynne"]


def test_the_paper_three_sentences_after_the_mail_on_sunday_is_that_paper():
    text = (
        "The rail plan is to get the go-ahead this month, according to The Mail on Sunday. It says the Treasury "
        "has set aside the money. The much delayed bill would provide a fast link. The paper says it will go "
        "before the Commons in February. Scotland on Sunday reported that the plan was in doubt."
    )
    assert speakers(text) == [["Mail on Sunday", "organisation"]] * 3 + [["Scotland on Sunday", "organisation"]]


def test_the_constitution_and_the_bible_are_documents():
    text = (
        "The Constitution says that the president shall command the army. The Bible says that we should love our "
        "neighbours."
    )
    assert speakers(text) == [["the Constitution", "document"], ["the Bible", "document"]]


def test_he_after_a_sentence_describing_the_story_s_man_is_that_man():
    text = (
        'Milan defender Joost Kamp says Everton "made a mistake" by selling him. Sir Colin Ferris surprised '
        "everyone by selling the defender in 2001. But Ferris insisted he sold him because the fee was too good to "
        'refuse. The affair still rankles with the Dutchman. "I was settled at Everton, but they wanted to sell me," '
        "he said."
    )
    assert speaker_names(text) == ["Joost Kamp", "Colin Ferris", "Joost Kamp"]


def test_she_after_a_sentence_of_a_spokeswoman_is_the_spokeswoman():
    text = (
        "Joan Tully founded the unit. A spokeswoman said the American investigators went undercover. She said "
        "criminals were using the websites."
    )
    assert speaker_names(text)[-1] == "a spokeswoman"


def test_institutions_named_for_two_things_and_the_reports_they_issue():
    text = (
        "The virus is spreading fast, according to the Centers for Disease Control and Prevention. A survey "
        "conducted by the Institute for Fiscal Studies has revealed that many Britons are unhappy. A report "
        "about migrants issued over the summer by the Organisation for Economic Co-operation and Development "
        "noted that a fifth of them were unemployed. Mariupol says it has no water."
    )
    assert speaker_names(text) == [
        "Centers for Disease Control and Prevention",
        "Institute for Fiscal Studies",
        "Organisation for Economic Co-operation and Development",
    ]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Residents say the new rules are unfair, and the Harlow Tenants Union has already sued the council over "
         "them, saying they break the law.", "the Harlow Tenants Union"),
        ("Shortly after Vale's conference call ended, Orme's campaign sent out a press release saying Vale owes "
         "voters an explanation.", "Orme's campaign"),
        ("Before Vale took the stage, her campaign sent out a text message to supporters saying the count was "
         "nearly done.", "her campaign"),
    ],
)  # fmt: skip
def test_a_participle_belongs_to_the_nearest_clause_and_a_release_to_who_sent_it(text, speaker):
    """The subject of the clause a participle hangs from, not the sentence's first; a document's sender."""
    assert list(found(text)["speaker"])[-1] == speaker


def test_for_fear_of_is_no_verb_of_saying():
    text = (
        "Ada Vale, head of a text-messaging firm, said networks limit the number of messages that can be "
        "sent at any one time for fear of overloading their masts."
    )
    assert list(found(text)["speaker"]) == ["Ada Vale"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("When Carr died, President Orme led the tributes, saying the host had shaped a generation.", "Orme"),
        ("When her family moved back to Leeds, her mother refused to move again, insisting that the city was home.",
         "her mother"),
        ("Ada Vale spoke to Ben Orme. When Ms. Vale did take Mr. Orme on, she did it sideways, warning that his plan "
         "would cost jobs.", "Ada Vale"),
    ],
)  # fmt: skip
def test_an_opening_when_clause_holds_no_subject_of_the_sentence(text, speaker):
    """A participle's subject is the main clause's, past "When …,"; a pronoun there is the clause's subject's."""
    assert list(found(text)["speaker"])[-1].endswith(speaker)


def test_a_contact_clause_and_a_request_are_no_statements():
    text = 'Nothing the mayor said "will settle the matter," the Ohio senator said.'
    assert list(found(text)["speaker"]) == ["the Ohio senator"]
    text = 'Members are asked to rank their choices, and the group is less likely to be "run by insiders," Vale said.'
    assert list(found(text)["speaker"]) == ["Vale"]


def test_a_clause_ends_where_and_gives_another_source_its_verb():
    text = "Six in 10 Ohio voters said the mayor is honest, and three-quarters said the same of her deputy."
    assert list(found(text)["quote"]) == ["the mayor is honest"]


@pytest.mark.parametrize(
    "title, text, firm",
    [
        ("Halvorsen Foods has said it will recall 2 million jars of its sauce",
         'The company said the move was a "precautionary step" after reports of glass in some jars of Bruno sauce.',
         "Halvorsen Foods"),
        ("Carmaker back in the black",
         "Swedish carmaker Torvald Motors has returned to profit after two years of losses. In a preliminary report, "
         "the firm said net profits had reached 400m kronor.", "Torvald Motors"),
    ],
)  # fmt: skip
def test_the_company_is_the_one_firm_the_story_opens_with(title, text, firm):
    """ "The company said" in a story whose headline or first sentence names one firm (once) is that firm's."""
    articles = pd.DataFrame(
        {"title": [title], "text": [text], "published": [pd.Timestamp("2022-03-01", tz="UTC")], "outlet": ["X"]},
        index=pd.Index(["d0"], name="doc_id"),
    )
    st = analysis.extract_statements(articles, speakers=EMPTY, workers=1, progress=False)
    assert list(st.loc[st["location"] == "body", "speaker"]) == [firm]


def test_a_capitalised_source_word_inside_an_organisations_name_is_the_organisation():
    text = (
        "The National Union of Teachers said it stood behind the strike. "
        "The Department of Justice said it would appeal."
    )
    assert speakers(text) == [
        ["the National Union of Teachers", "organisation"],
        ["the Department of Justice", "organisation"],
    ]


def test_a_reporter_after_an_outlets_apostrophe_ending_in_a_capital_s():
    """ "PBS' Jacoba Atlas": the outlet's person, though the next sentence opens with the outlet's name."""
    text = "It is not worth showing those scenes, said PBS' Jacoba Atlas. PBS said it would use other footage."
    assert speakers(text) == [["Jacoba Atlas", "person"], ["PBS", "organisation"]]


def test_a_warning_noun_before_another_verbs_that_is_no_statement():
    text = "It issued the warning following analysis which shows that traffic on the network rose fourfold."
    assert found(text).empty


def test_they_opening_a_sentence_is_the_group_that_spoke_last():
    text = (
        "Critics say the rules would favour large companies over small ones. "
        "They say it could have large effects on open source software."
    )
    assert list(found(text)["speaker"]) == ["critics", "critics"]


def test_replied_in_kind_is_play_not_speech():
    text = "Vale landed his second penalty in the 36th minute, but once again Orme replied in kind four minutes later."
    assert found(text).empty


def test_a_time_word_ends_an_unnamed_sources_modifiers():
    text = "When the game reached the shops in Europe last week fans said they were delighted with it."
    assert speakers(text) == [["fans", "unnamed"]]


@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        (
            '"Growth will return by the summer," said Economic and Fiscal Policy Minister Kenji Arata.',
            "Kenji Arata",
            "Economic and Fiscal Policy Minister Kenji Arata",
        ),
        (
            "Culture, Media and Sport Secretary Alma Hurst said the lottery money would go to local clubs.",
            "Alma Hurst",
            "Culture, Media and Sport Secretary Alma Hurst",
        ),
    ],
)
def test_portfolio_words_joined_by_and_belong_to_the_title(text, speaker, mention):
    """ "Economic and Fiscal Policy Minister X": the minister, not a speaker called "Economic"."""
    table = found(text)
    assert table[["speaker", "speaker_mention"]].values.tolist() == [[speaker, mention]]


def test_a_surname_before_and_a_portfolio_title_is_a_person_of_its_own():
    text = "Hale and Home Secretary Ron Ash both said the bill would pass before the summer recess."
    assert "Hale and Home Secretary" not in " ".join(found(text)["speaker_mention"])


def test_an_affiliation_read_as_a_name_still_belongs_to_the_person_before_it():
    """ "Nick Brul of BNP Paribas": the bank's two words look like a name, but the analyst speaks."""
    text = 'Aviation analyst Tomas Van den Oord of BNP Paribas described the results as "pretty modest".'
    assert speaker_names(text) == ["Tomas Van den Oord"]


def test_the_group_after_a_firm_spoke_is_that_firm():
    text = (
        "Shares in Corrib Minerals rose 4% after Corrib said its new mine was larger than thought. "
        "However, on Thursday, the group said its belief that the seam ran further west had proved correct."
    )
    (first, _), (group, kind) = speakers(text)
    assert first == "Corrib" and group.startswith("Corrib") and kind == "organisation"


def test_the_group_after_an_unnamed_source_spoke_is_not_the_firm_before():
    text = (
        "Halden Foods said the plant would close in May. A group of parents said the closure would hurt the town. "
        "The group said it would write to the council."
    )
    assert speakers(text)[-1] != ["Halden Foods", "organisation"]


def test_an_airline_named_with_lines_is_an_organisation():
    text = (
        "Vesta Air Lines is cutting domestic fares by as much as half as part of a plan to survive. "
        "The airline says no one-way economy fare will now cost more than $499."
    )
    assert speakers(text) == [["Vesta Air Lines", "organisation"]]


@pytest.mark.parametrize(
    "text, firm",
    [
        ("Shares in Kestrel Bank fell 3% after it said its profits would fall this year.", "Kestrel Bank"),
        (
            "Shares in Danish budget airline Nordwing plunged 20% after it warned of a steep fall in annual profits.",
            "Nordwing",
        ),
    ],
)
def test_it_after_a_firms_shares_open_the_sentence_is_the_firm(text, firm):
    """ "Shares in X fell after it warned …": X, not a speaker called "Shares"."""
    assert speakers(text) == [[firm, "organisation"]]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The label's parent company, Sovereign, made the appointment.", "Sovereign"),
        ("According to analysts Halvorsen, more than half of home users are now on broadband.", "Halvorsen"),
        ("The firm, Paion, said that it hoped to sell 5 million shares.", "Paion"),
    ],
)
def test_a_name_in_apposition_to_a_company_or_after_plural_analysts_is_an_organisation(text, name):
    from analysis.statements.names import find_mentions

    kinds = {m.text: m.kind for m in find_mentions(text)}
    assert kinds[name] == "organisation"


def test_the_firm_in_apposition_is_the_named_firm():
    assert speakers("The firm, Paion, said that it hoped to sell 5 million shares.") == [["Paion", "organisation"]]


def test_a_person_named_after_the_company_he_is_head_of_stays_a_person():
    text = 'The head of the state-owned Naftohaz company, Yury Boyko, said he was "fully happy" with the deal.'
    assert speakers(text) == [["Yury Boyko", "person"]]


def test_a_name_after_a_company_and_a_comma_that_does_something_is_not_read_as_the_company():
    """Only a name closed by a comma or full stop is in apposition: "to the company, Hurst said" is not."""
    from analysis.statements.names import find_mentions

    kinds = {m.text: m.kind for m in find_mentions("In a letter to the company, Hurst said the deal was wrong.")}
    assert kinds["Hurst"] == "person"


def test_a_club_as_an_object_between_a_statement_and_he_does_not_hand_he_to_a_name_in_what_was_said():
    """ "… by Newcastle …": a lone word after a preposition is no one who could be "he"; the speaker goes on."""
    text = (
        "City boss Tomas Revik has insisted that Sir Ian Cole and Arne Holm would swap places with him. "
        "Revik's side were knocked out of the cup by Newcastle last Sunday before a defeat in the league. "
        "But he denied his club was suffering a dip in form."
    )
    assert speaker_names(text) == ["Tomas Revik", "Tomas Revik"]


def test_the_group_after_a_group_is_written_of_is_not_the_organisation_before():
    text = (
        "In October, the Marlow administration announced it could pay only a fraction of the funds. "
        "This week, the trade group for the regional insurers spelled out its concerns about the rules. "
        '"The current risk pool is out of balance," the group wrote.'
    )
    assert speakers(text)[-1] != ["the Marlow administration", "organisation"]


def test_dean_before_a_surname_is_a_first_name():
    text = "Dean Farrow, the club's chairman, said the deal was done. Mr Farrow said it would close in May."
    assert speaker_names(text) == ["Dean Farrow", "Dean Farrow"]


def test_a_full_name_in_apposition_after_a_list_of_what_the_source_is_of_speaks():
    """ "A spokesman for US Immigration, Customs and Enforcement, Dean Boyd, said": not "Enforcement"."""
    text = (
        "A spokesman for State Immigration, Customs and Enforcement, Lars Okafor, said the gang did not "
        "appear to be motivated by money."
    )
    assert speaker_names(text) == ["Lars Okafor"]


def test_dean_before_the_surname_of_someone_named_in_full_is_their_title():
    text = (
        "Vikram Osei, dean of the Kessler College of Law, said the court had changed its tone. "
        '"In this case," Dean Osei said, "the dissent was frank but not barbed."'
    )
    assert speaker_names(text) == ["Vikram Osei"] * len(found(text))


def test_a_question_pressed_after_an_answer_is_the_questioners():
    text = (
        '"Not that I am aware of," Mr Tarrant replied. "Did you ever see him make an entry in the books?" '
        'Mr Okoro pressed. "Nonsense," Mr Tarrant retorted. The union pressed for a pay rise.'
    )
    assert speaker_names(text) == ["Tarrant", "Okoro", "Tarrant"]


def test_a_verb_in_a_clause_describing_the_subject_reports_nothing():
    """ "One of the first songs he wrote for other artists was …": what he wrote is a song, not a statement."""
    text = (
        "Carl Vinter had heart surgery in 2004. One of the first songs he wrote for other artists was Copper "
        "Ridge, which sold ten million copies. A probe the agency said was still open came to nothing."
    )
    table = found(text)
    assert not any("other artists" in c for c in table["content"])
    assert list(table["speaker"]) == ["the agency"]  # "the agency said the probe was still open": a statement


def test_a_relative_named_by_first_name_after_his_takes_the_family_name():
    text = (
        "The buy-back is a victory for chairman Arvind Mehrotra, whose idea it was. "
        "His brother Anil, the vice-chairman, said he had not been consulted."
    )
    assert speaker_names(text) == ["Anil Mehrotra"]


def test_she_after_the_organisations_spokeswoman_is_the_spokeswoman():
    text = (
        "Shoppers had the best Christmas ever. The Halden Centre spokeswoman said 8,500 cars had arrived by noon. "
        '"We predict that the next week will continue the same trend," she added.'
    )
    assert speaker_names(text) == ["the Halden Centre spokeswoman"] * 2


def test_the_watchdog_is_the_organisation_the_story_described_as_one():
    text = (
        "Ruritania has been accused of blocking a news site by the media watchdog, Free Press Monitor. "
        "The site is a Ruritanian edition which, according to the watchdog, does not include critical reports."
    )
    assert speakers(text) == [["Free Press Monitor", "organisation"]]


def test_a_name_in_apposition_to_the_firm_that_speaks_is_not_what_the_firm_stands_for():
    text = (
        "Tracking company Envisor said 18% of downloaders were in the UK. "
        "About 70% were using file-sharing program Torrentia, the firm said."
    )
    assert speaker_names(text)[-1] != "Torrentia"


def test_according_to_an_organisation_described_by_lower_case_words():
    text = "According to state statistics body Statnord, growth for the three months to December was 0.8%."
    assert speakers(text) == [["Statnord", "organisation"]]


def test_an_answer_is_the_answerers_not_the_questioners_carried_on():
    text = (
        '"Would it be negotiable?" Sean Halley pressed. "Maybe let some people stay?" '
        '"I would say this," Mr Tromp answered. "We will work out some system that is fair." '
        "Mr Tromp answered questions for an hour."
    )
    assert speaker_names(text) == ["Sean Halley", "Sean Halley", "Tromp", "Tromp"]


def test_a_sources_description_stops_before_a_verb_of_its_own():
    text = (
        "But European firms with secondary listings in New York have objected - arguing that the compliance "
        "costs outweigh the benefits. Officials who have seen the plan said it was flawed."
    )
    assert speaker_names(text) == [
        "European firms with secondary listings in New York",
        "officials who have seen the plan",
    ]


def test_they_is_no_single_source_whose_description_ends_in_s():
    text = (
        '"If exports weaken, we cannot expect much," said Stefan Vogt, analyst at Halden Trinkaus. '
        "Major companies have spent much of the year in talks with unions about trimming jobs. "
        "They have also warned there are more cuts on the horizon."
    )
    assert "analyst at Halden Trinkaus" not in list(found(text)["speaker"])


def test_they_after_a_described_groups_statement_is_that_group():
    text = "Critics of the plan say it would favour large firms. They say it could hurt small ones."
    assert speaker_names(text) == ["critics of the plan", "critics"]


def test_a_role_clause_left_unclosed_before_the_verb_is_the_persons():
    """ "Katie Packer, who is chairman of Our Principles Pac said" (a comma left out): Packer speaks, not the PAC."""
    text = '"He says different things to different audiences," Kath Pallister, who is chairman of Our Future Pac said.'
    assert speaker_names(text) == ["Kath Pallister"]


def test_the_former_holder_of_a_title_is_not_the_title_written_plain():
    text = (
        "Republican Mary Tilden, the former Ohio governor, told the Courier she would rather vote for Clinton. "
        'Ross Hale defended his endorsement this week. "I believe he is the best person," the governor said. '
        '"I am not moved," the former governor said.'
    )
    assert speaker_names(text) == ["Mary Tilden", "the governor", "Mary Tilden"]


def test_asking_reports_and_its_subject_is_not_a_prepositions_object():
    assert speakers('Sen. Rita Amos kept asking her why the agency had called the attack "spontaneous" at first.') == [
        ["Rita Amos", "person"]
    ]
    text = 'Mayor Greg Orban wrote to Attorney General Lena Voss asking the department to look into the "fiasco."'
    assert speakers(text) == [["Greg Orban", "person"]]
    assert speakers("The vote was close, with analysts asking whether the count was fair.") == [["analysts", "unnamed"]]


def test_a_quotation_ending_its_sentence_is_the_source_in_apposition_who_said_of_it():
    text = (
        "Local leaders say the visits went well. \"He stopped and said, 'How do we win the county?'\" Neil Orban, "
        "the chairman for the northern county, said of the encounter he had last week with the candidate."
    )
    assert speaker_names(text) == ["local leaders", "Neil Orban"]
    text = (  # a clause of its own after the apposition: the quotation stays its speaker's
        '"We will not be surprised by any change in the market," Nissan chief Carl Ohm said. "We are ready." '
        "Volkswagen, meanwhile, says it will focus on diesel engines instead."
    )
    assert speaker_names(text) == ["Carl Ohm", "Carl Ohm", "Volkswagen"]


def test_the_source_written_along_with_others_in_an_aside_is_the_speaker():
    text = (
        "Ms. Vale, along with Judge Tom Pine of the Court of Appeals and Ivo Landes, a law professor at the "
        "University of Chicago, wrote that the court favoured business."
    )
    assert speaker_names(text) == ["Vale"]
    assert speaker_names("The mayor met Ms. Vale, along with Tom Pine, who said the court favoured business.") == [
        "Tom Pine"
    ]


def test_people_joined_by_and_each_have_the_statement():
    text = "Former Ohio Gov. Martin Vale (D) and former Utah Gov. Mike Hart (R) announced they will quit the race."
    assert speakers(text) == [["Martin Vale", "person"], ["Mike Hart", "person"]]
    text = "Chris Mott, MSNBC's Alex Ward and Reuters' Lucia Lopez said the debate was lively."
    assert speaker_names(text) == ["Chris Mott", "Alex Ward", "Lucia Lopez"]
    # not a fronted name, an object, or a first name sharing the surname after it
    assert speaker_names("Trump, Dale Sexton said, has created a strange campaign.") == ["Dale Sexton"]
    assert speaker_names("A lawyer representing Mr Dory and Mr Wass said the pair denied the charge.")[-1:] != ["Dory"]
    assert speaker_names("Khizr and Ghazala Khan say they felt they had to speak out.") == ["Ghazala Khan"]


def test_a_dutch_particle_stays_in_the_name_and_asking_with_an_adverb_reports():
    text = '"Europe is falling apart as we speak," said Sophie in \'t Veld, a Dutch member of the European Parliament.'
    assert speaker_names(text) == ["Sophie in 't Veld"]
    assert speaker_names("Brian 'Head' Welch said the band was back.") == ["Brian Welch"]
    text = "The talk ended with Rhea Maddox asking Clinton pointedly whether she would pick a woman as a running mate."
    assert speaker_names(text) == ["Rhea Maddox"]
    text = "Instead, Chris Mott, MSNBC's Alex Ward and Reuters' Lucia Lopez argued that the plan was naive."
    assert speaker_names(text) == ["Chris Mott", "Alex Ward", "Lucia Lopez"]


def test_words_quoted_after_a_sentence_announcing_them_are_the_announcers():
    text = (
        '"We are proud of them," the company tweeted. Two governors tweeted their approval. On the other side, '
        "Sen. Ted Vane (R-Tex.), a Republican candidate for president, tweeted a warning. "
        '"Missouri: Remember in November the Democrats who blocked it."'
    )
    assert speaker_names(text) == ["the company", "Ted Vane"]


def test_the_ministry_is_the_ministry_named_before_and_the_national_team_coach_the_storys_coach():
    text = (
        '"Conditions will stay weak in 2005," the Finance and Economy Ministry said in a statement. '
        "Growth will be between 4.7% and 4.8%, the ministry said."
    )
    assert speaker_names(text) == ["Finance and Economy Ministry", "Finance and Economy Ministry"]
    text = (
        "Mike Rudd paid tribute to his Wales side after they came from 15-6 down to beat France 24-18. "
        '"After going two tries down we had to show character," said the national team coach.'
    )
    assert speaker_names(text) == ["Mike Rudd"]


def test_the_youngsters_words_are_not_carried_on_as_the_coachs():
    text = (
        'France coach Bernard Lapointe believes his team will be scared. "We are never good enough," he added. '
        "Meanwhile, centre Jean-Paul Grand is delighted to have received his first call-up to the squad. "
        '"It is incredible," the youngster said. "I was not expecting it at all."'
    )
    assert speaker_names(text) == ["Bernard Lapointe", "Jean-Paul Grand", "Jean-Paul Grand"]
    assert speaker_names("Wayne Rooney has had to play up front. The teenager has responded with six goals.") == []


def test_the_coach_is_the_coach_the_story_opens_with_even_named_once():
    text = (
        "France coach Bernard Lapointe believes his team will be scared. The French turned in a stuttering "
        'performance. "We will go with a little fear," said the French coach.'
    )
    assert speaker_names(text) == ["Bernard Lapointe"]
    text = (  # two coaches: no telling which
        "France coach Bernard Lapointe and England coach Andy Robson met on Monday. "
        '"We will go with a little fear," said the coach.'
    )
    assert speaker_names(text) == ["the coach"]


def test_the_judge_is_the_one_judge_the_story_named():
    text = (
        "US district court judge Susan Ilbert rejected an attempt to have the case dismissed. "
        "The judge said that she may hold hearings in January."
    )
    assert speaker_names(text) == ["Susan Ilbert"]
    text = (  # two judges: no telling which
        "Judge Susan Ilbert and Judge Tom Vane heard the case. The judge said that the trial would go ahead."
    )
    assert speaker_names(text) == ["the judge"]


def test_a_surname_with_a_slipped_letter_is_the_person_named_in_full():
    text = (
        "Sonafic's managing director David Monteigh says his firm is the only one to offer it. "
        '"It is important we use little of the processor," explained Mr Montiegh. '
        "Monica Chadwa, a BBC reporter, said air travel had risen. Ms Chawda said airports were shabby."
    )
    assert speaker_names(text) == ["David Monteigh", "David Monteigh", "Monica Chadwa", "Monica Chadwa"]
    text = "Tom Hansen said the plan was sound. Mr Hanson said it was not."  # a letter changed: someone else
    assert speaker_names(text) == ["Tom Hansen", "Hanson"]


def test_a_bare_cue_joined_by_and_to_another_clause_reports_nothing():
    text = "Two runners tried to overtake him, but Kiprono responded and a burst of speed clinched victory."
    assert speaker_names(text) == []
    assert speaker_names("Tom Wells replied the talks would resume on Monday.") == ["Tom Wells"]


def test_official_figures_are_a_document_not_an_official():
    assert speakers("More Americans are joining the fast lane, according to official figures.") == [
        ["official figures", "document"]
    ]
    assert speakers("More than 3,000 people were killed under the regime, an official report says.") == [
        ["an official report", "document"]
    ]
    assert speakers("Prices rose, according to an official who asked not to be named.") == [["an official", "unnamed"]]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Manufacturers' organisation, the EMF, said it expected the hold in rates to continue.", "EMF"),
        ("The business group, the CBL, said it expected rates to rise.", "CBL"),
    ],
)
def test_an_organisation_named_in_apposition_to_its_kind_speaks_by_its_name(text, speaker):
    assert speakers(text) == [[speaker, "organisation"]]


def test_a_word_ending_in_ous_ss_or_is_is_no_verb_of_a_reported_clause():
    text = "Ellen Simon, known as Queen of the Sky, wrote an anonymous semi-fictional account of her life."
    assert speaker_names(text) == []
    assert speaker_names("Ellen Simon wrote the airline treats its staff badly.") == ["Ellen Simon"]


def test_a_name_closing_an_apposition_with_its_role_before_it_speaks():
    text = (
        "The prosecution's star witness, former Velcom financial chief Scott Sullen, has said that Mr Ebb "
        'ordered adjustments at the firm, telling him to "hit our books".'
    )
    assert speaker_names(text) == ["Scott Sullen", "Scott Sullen"]
    text = "The mining company, led by new chief executive Gerry Spindle, said it hoped to return to profit."
    assert speaker_names(text) == ["the mining company"]  # a clause, not an apposition


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Antonio "LA" Reed, chairman of the label, said: "I can think of no one better."', "Antonio Reed"),
        ("Earvin “Magic” Johnsen said the team would win the title this year.", "Earvin Johnsen"),
        ('He called it "Project Fear" Boris Johnsen said on Monday.', "Boris Johnsen"),  # a quotation, no nickname
    ],
)
def test_a_nickname_in_double_quotation_marks_is_no_quotation_and_no_part_of_the_name(text, speaker):
    assert speaker_names(text) == [speaker]


def test_tries_added_to_a_tally_are_play_not_speech():
    text = "Jerry Kono and Pete Wepa both added tries to the All Blacks' tally before the final whistle."
    assert speaker_names(text) == []
    assert speaker_names("The coach Bob Dwyer said goals were hard to come by this season.") == ["Bob Dwyer"]


def test_a_no_break_space_inside_a_name_joins_it():
    text = (
        "FBI Director James\xa0Comer stated the team was careless with classified information. "
        "The director further stated that Clinton was not truthful."
    )
    assert speaker_names(text) == ["James Comer", "James Comer"]


@pytest.mark.parametrize(
    "words, name",
    [
        (["San", "Francisco", "Supervisor", "Jane", "Kimm"], ["Jane", "Kimm"]),
        (["San", "Francisco", "Mayor", "Ed", "Lea"], ["Ed", "Lea"]),
        (["Francisco", "Franko"], ["Francisco", "Franko"]),
    ],
)
def test_a_first_name_ending_a_place_before_a_title_is_the_place(words, name):
    from analysis.statements.names import classify_sequence

    assert classify_sequence(words)[1] == name


def test_the_heads_of_firms_speak_and_a_say_is_no_verb():
    text = "The heads of both lobbying firms told AP they concluded there was no obligation to disclose."
    assert speaker_names(text) == ["the heads of both lobbying firms"]
    assert speaker_names("Tom Smithe heads the committee and said the plan was flawed.") == ["Tom Smithe"]
    text = "Mr Schroder also said heads of government should have a greater say in reforms. Changes are due."
    assert speaker_names(text) == ["Schroder"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"The campaign has been reluctant to jump in," one senior Democrat said.', "one senior Democrat"),
        ("A Democrat said the race was close and the turnout low.", "A Democrat"),
    ],
)
def test_one_member_of_a_party_is_an_unnamed_source_not_a_person_named_democrat(text, speaker):
    assert speakers(text) == [[speaker, "unnamed"]]


def test_a_one_word_name_after_in_before_the_verb_is_a_place_of_the_source_before_it():
    text = "A spokeswoman for the St Dewi's Shopping Centre in Caerdon said it was the busiest day of the year."
    assert speakers(text) == [["a spokeswoman for the St Dewi's Shopping Centre in Caerdon", "unnamed"]]
    text = 'Dr Erel Avin, of the Centre for Transport at the University of Wessex in Bristow said: "It is hard."'
    assert speaker_names(text) == ["Erel Avin"]


def test_a_hyphenated_description_before_a_name_is_no_part_of_it():
    text = "Man-of-the-match Duffy explained what went wrong when he fluffed a chance to make it 2-0."
    assert speaker_names(text) == ["Duffy"]
