"""The lexicon's word sets, as loaded from the SKOS files (``load_lexicon`` in lexicon.py).

``LexiconWords`` holds them, one field per set; ``Lexicon`` (lexicon.py) is built on it and
answers the extractor's questions about words. A new word set is a field here and a line of
``load_lexicon``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Code", "LexiconWords"]


@dataclass(frozen=True)
class Code:
    """One responsibility code: the relation it states (None: no relation) and whether the duty
    is shared by every party of the matrix."""

    key: str
    relation: str | None
    shared: bool = False
    parties: tuple[str, ...] = ()
    """Role IRIs the value itself names ("CSP-owned": the cloud provider), if any."""


@dataclass(frozen=True, eq=False)
class LexiconWords:
    """Codes, duty verbs and cue words as loaded, keyed by their (case-folded) text (the
    questions asked of them: ``Lexicon``)."""

    codes: dict[str, Code]
    letters: dict[str, Code]
    verbs: dict[str, str]
    """Every form of a duty verb (base, third person, participle, gerund) -> its base form."""
    participles: frozenset[str]
    subject_columns: frozenset[str]
    duty_nouns: frozenset[str]
    label_columns: frozenset[str] = frozenset()
    entitlement_columns: frozenset[str] = frozenset()
    """First headers of a matrix of what each party may use ("Access", "Permissions")."""
    """Headers of the column naming each row of a spreadsheet matrix ("CCM Control Title")."""
    suggestions: frozenset[str] = frozenset()
    """Verbs that open advice or navigation ("Consider …", "Go to …"), not a duty."""
    advice_headings: frozenset[str] = frozenset()
    """Heading words of best-practice sections, whose instruction headings are the reader's."""
    document_nouns: frozenset[str] = frozenset()
    """Nouns of reading matter ("guidance", "article"): reviewing them is not a duty."""
    page_parts: frozenset[str] = frozenset()
    """Nouns of a part of the page itself ("section", "table"): "This section describes …"."""
    not_names: frozenset[str] = frozenset()
    """First words that keep a capitalised phrase from being a proper name ("This", "Shared")."""
    prohibitions: frozenset[str] = frozenset()
    """Verbs of prohibition ("Avoid …"): a negation, never a duty."""
    forbidden_words: frozenset[str] = frozenset()
    """Words calling a lead-in's items forbidden ("Prohibited activities include:")."""
    liability_nouns: frozenset[str] = frozenset()
    inheritance_columns: frozenset[str] = frozenset()
    """Headers of a column saying whether a control is inherited ("Inherited")."""
    self_run_options: frozenset[str] = frozenset()
    """Words of the option of running a product yourself ("self-hosted", "on-premises")."""
    theme_nouns: frozenset[str] = frozenset()
    """Nouns of a whole quality of a service ("security", "compliance"): given to several
    parties at once, the page's theme, no duty."""
    """Nouns of blame ("consequences", "damages"): "responsible for" them is no task."""
    subject_nouns: frozenset[str] = frozenset()
    """Nouns after a party that keep it the actor ("AWS staff patch", "AKS support teams will")."""
    connectives: frozenset[str] = frozenset()
    """Sentence-opening adverbs ("Otherwise", "Thus"): never a sentence's subject."""
    rank_prefixes: frozenset[str] = frozenset()
    """Words before a role's name that make another role of it ("Vice", "Assistant", "Sub-")."""
    additive_adverbs: frozenset[str] = frozenset()
    """Adverbs of a follow-on sentence that adds to the one before ("This notably includes")."""
    oversights: frozenset[str] = frozenset()
    """Verbs of seeing to it that another party acts ("ensure", "make sure")."""
    state_complements: frozenset[str] = frozenset()
    """States after a whole object series ("keep A, B and C confidential"): each item's."""
    causatives: frozenset[str] = frozenset()
    """Verbs of having another party act ("get X to", "ask X to")."""
    capabilities: frozenset[str] = frozenset()
    """Base forms of verbs describing what a product offers ("provide", "reduce"): no duty of a
    name no vocabulary knows."""
    placements: frozenset[str] = frozenset()
    """Participles that place a thing in a party ("hosted in Acme Cloud"): that party's duty."""
    opinions: frozenset[str] = frozenset()
    """Base forms of verbs that give a party's view ("consider", "believe"): no duty."""
    intentions: frozenset[str] = frozenset()
    """Base forms of verbs of intent ("hope", "plan"): what follows is not owed."""
    efforts: frozenset[str] = frozenset()
    """Base forms of verbs of best effort ("endeavour", "strive"): what follows is a duty of
    best effort."""
    needs: frozenset[str] = frozenset()
    """Base forms of verbs of a need ("require"): with no modal, what the subject needs."""
    agent_nouns: frozenset[str] = frozenset()
    """Nouns of a vendor's person assigned to the reader, from "your ... representative"."""
    notices: tuple[re.Pattern[str], ...] = ()
    sources: frozenset[str] = frozenset()
    """Participles of a need with "from" before a party ("Resources needed from X:")."""
    party_clauses: tuple[re.Pattern[str], ...] = ()
    """Column headers "What ... does" / "What ... owns": the group ``party`` names the party."""
    """Idioms of telling someone ("let … know") as openings of an instruction."""
    attitudes: frozenset[str] = frozenset()
    """Adjectives of a frame of mind ("comfortable", "happy"): "must be comfortable with X"
    accepts X, no duty."""
    narrations: frozenset[str] = frozenset()
    """Verbs (base form, or with their particle) with which "we" narrate the page ("explain",
    "go through"): no duty."""
    pending_certifications: frozenset[str] = frozenset()
    """Words that make a named standard a goal ("SOC 2 readiness program"), not one held."""
    person_nouns: frozenset[str] = frozenset()
    """Nouns that end a role's name ("Site Security Officer", "Platform team")."""
    verb_prefixes: frozenset[str] = frozenset()
    """Prefixes a hyphen joins to a duty verb ("co-sign", "re-run"): the whole is a duty verb."""
    sanctions: frozenset[str] = frozenset()
    """Base forms of verbs of a right kept against the customer ("terminate", "suspend"):
    after "may" a right, not a duty."""
    discretions: frozenset[str] = frozenset()
    """Base forms of verbs of a power over who holds a role or what is done ("appoint",
    "propose"): after "may" a right any party holds, not a duty."""
    option_clauses: frozenset[str] = frozenset()
    """Clauses that leave an instruction to the reader's choice ("if you choose to")."""
    necessities: frozenset[str] = frozenset()
    """Adjectives of necessity: "It is essential for X to <verb>" is X's duty."""
    notice_labels: frozenset[str] = frozenset()
    """Words that label a sentence as a notice ("Important: …"), no part of the sentence."""
    means_verbs: frozenset[str] = frozenset()
    operator_nouns: frozenset[str] = frozenset()
    """Nouns of the person who runs a service for the reader ("your administrator"): a role."""
    access_levels: frozenset[str] = frozenset()
    """Access levels a permission table's cell holds ("Read: Full", "No access"): no duty."""
    reminders: frozenset[str] = frozenset()
    """Verbs that remind the reader ("Remember that you should X"): a frame, no part of it."""
    feature_verbs: frozenset[str] = frozenset()
    """Verbs by which a feature gives people a way to act ("X allows users to …", "X helps you
    avoid …"): an item so worded describes the feature."""
    """Verbs of helping ("X helps you … by providing Y"): the duty is the means after "by"."""
    instruments: frozenset[str] = frozenset()
    """Nouns of means offered ("tools", "features"): "tools to upgrade your X" are the reader's."""
    rulebooks: frozenset[str] = frozenset()
    """Head nouns of a written rule ("policy", "standard"): a passive's agent so named is no
    party ("governed by the Stability Policy")."""
    consequences: frozenset[str] = frozenset()
    """Verbs of consequence ("lead to", "result in"): "Altering X can lead to …" warns."""
    navigation_headings: frozenset[str] = frozenset()
    recital_headings: frozenset[str] = frozenset()
    meta_headings: frozenset[str] = frozenset()
    key_columns: frozenset[str] = frozenset()
    """Headers of a key's meaning column ("Meaning"): a table of definitions, no duties."""
    """Whole titles about the page or its terms ("Overview", "Definitions"), no topic of work."""
    assents: frozenset[str] = frozenset()
    disclaimers: frozenset[str] = frozenset()
    """Verbs of a disclaimer ("exclude", "disclaim") before warranties or liability."""
    """Verbs of assent ("acknowledge", "accept"): the reader's, with no modal, agree to terms."""
    """Whole titles of an agreement's recitals ("Background", "Recitals"): context, no duty."""
    feedback_headings: frozenset[str] = frozenset()
    trouble_headings: frozenset[str] = frozenset()
    motivation_headings: frozenset[str] = frozenset()
    """Openings of headings over why a role exists ("Why have one"): no duties under them."""
    handover_verbs: frozenset[str] = frozenset()
    """Requests to hand things over ("please include", its list after it)."""
    fillers: frozenset[str] = frozenset()
    """Whole list items that only say the list goes on ("etc.", "and so on")."""
    joining_headings: frozenset[str] = frozenset()
    """Openings of headings over the way into a role ("Becoming a", "How to become a")."""
    rules_titles: frozenset[str] = frozenset()
    """Title phrases of a set of rules for the reader ("acceptable use", "terms of service")."""
    commitment_titles: frozenset[str] = frozenset()
    """Title phrases of a provider's commitments ("service level agreement", "support policy")."""
    state_participles: frozenset[str] = frozenset()
    """Participles of a state in an agentless passive ("included", "listed"): no deed."""
    performed_labels: frozenset[str] = frozenset()
    """Whole labels of what the page's provider does ("Services performed")."""
    additive_openings: frozenset[str] = frozenset()
    """Openings that name what a list adds to ("In addition to", "Besides"): not its holder."""
    self_nouns: frozenset[str] = frozenset()
    product_nouns: frozenset[str] = frozenset()
    """What a vendor runs, acting in its stead as a subject ("the platform", "the Service")."""
    owner_participles: frozenset[str] = frozenset()
    belief_verbs: frozenset[str] = frozenset()
    """Verbs of what to take to be so before a "that" clause ("assume", "understand")."""
    """Participles whose agent holds a matrix row ("managed", "hosted" before "by")."""
    consumed_nouns: frozenset[str] = frozenset()
    """What a customer uses ("platform", "service"): "teams using the platform" are customers."""
    principle_nouns: frozenset[str] = frozenset()
    """Plural nouns of a design's ideas ("principles"): "built on the following principles:"."""
    deliverable_nouns: frozenset[str] = frozenset()
    """What a party hands over ("report"): "provide a report, including:" lists its contents."""
    part_nouns: frozenset[str] = frozenset()
    """Plural nouns of a system's parts ("components"): a list of them holds no parties."""
    adoption_verbs: frozenset[str] = frozenset()
    """Participles of what customers do with a product: "Organizations deploying X"."""
    """Nouns that after "this" name the page's own body ("this project"): the writer, "we"."""
    rights_headings: frozenset[str] = frozenset()
    """Whole titles over what a role may do ("Rights", "Privileges", "Prerogatives")."""
    credits_headings: frozenset[str] = frozenset()
    """Whole titles of sections crediting the page's writers ("Contributors", "Authors") or
    listing a body's members ("Current members", "Membership")."""
    """Whole titles of sections that point to other pages ("What's next", "See also")."""
    collective_nouns: frozenset[str] = frozenset()
    """Nouns of a body that also name things ("group"): a role's name only with initials."""
    body_nouns: frozenset[str] = frozenset()
    """Nouns of a body that acts as one ("agency", "project"): a header ending in one is a party."""
    request_labels: frozenset[str] = frozenset()
    """Run-in labels of what the reader must give ("What we need from you:"): its duties."""
    company_words: frozenset[str] = frozenset()
    """Words closing a company's trading name ("systems"): "Ferrovia Systems" is Ferrovia."""
    department_nouns: frozenset[str] = frozenset()
    """A provider's department named after whom it serves ("success"): "Customer Success"."""
    liaison_nouns: frozenset[str] = frozenset()
    """Staff who deal with another party ("liaison"): "Customer Liaison" is no customer."""
    reply_nouns: frozenset[str] = frozenset()
    """Nouns of a reply the reader is to receive ("a confirmation"): the sender's promise."""
    chances: frozenset[str] = frozenset()
    """Verbs of what befalls ("arise"): "difficult situations may arise" is no duty."""
    chance_adverbs: frozenset[str] = frozenset()
    """Adverbs of now and then ("occasionally"): "Acme may occasionally release X" is what may
    happen, not a duty."""
    routines: frozenset[str] = frozenset()
    """Adverbs of a routine ("automatically"): "Acme Cloud is audited regularly" is Acme's."""
    unattended: frozenset[str] = frozenset()
    schedule_units: frozenset[str] = frozenset()
    """Units of a schedule ("day", "hours"): "Backups are taken every 24 hours" is a routine."""
    safeguards: frozenset[str] = frozenset()
    """Verbs of a safeguard ("protect", "encrypt"): "Stored data is encrypted" is a control of
    the page's provider."""
    settings: frozenset[str] = frozenset()
    portion_nouns: frozenset[str] = frozenset()
    """Nouns of a portion of the work ("larger share"): named by its parts, the parts are duties."""
    achievements: frozenset[str] = frozenset()
    """Participles of a thing achieved once ("obtained"): "has obtained X" states no duty."""
    sitings: frozenset[str] = frozenset()
    """Verbs of where a thing is ("run"): "runs only in the network" is no deed."""
    attribute_nouns: frozenset[str] = frozenset()
    """Plural nouns of a duty's terms ("targets"): "… restore with these targets:" lists terms."""
    """Participles of a setting ("disabled"): "X is automatically disabled" is no deed."""
    """Adverbs of what no reader does ("automatically"): the provider's, whatever it is done to."""
    supplied_nouns: frozenset[str] = frozenset()
    """Nouns of what a buyer procures ("services"): "Services must …" binds their supplier."""
    place_columns: frozenset[str] = frozenset()
    """Column headers that say where, not who ("Location", "Storage location")."""
    powers: frozenset[str] = frozenset()
    """Base forms of verbs of a power held ("control"): "You control what …" says who decides."""
    holdings: frozenset[str] = frozenset()
    """Base forms of verbs of holding ("retain"): "You retain control over X" is no duty."""
    power_phrases: frozenset[str] = frozenset()
    """Phrases of a power over a thing ("control over") after a holding verb."""
    content_verbs: frozenset[str] = frozenset()
    """Verbs of what a thing holds ("includes"): "The kit provides:" lists contents."""
    quality_verbs: frozenset[str] = frozenset()
    """Verbs of qualities shown ("demonstrate"): "Mentors demonstrate:" lists qualities."""
    allotments: frozenset[str] = frozenset()
    """Participles of work handed to a party ("reserved", "entrusted"): "Some tasks are
    reserved to the leads:" gives the list to the leads."""
    arrangements: frozenset[str] = frozenset()
    """Participles of how a list is arranged ("grouped", "divided"): "The steps can be grouped
    into:" lays the list out, it offers no options."""
    assent_nouns: frozenset[str] = frozenset()
    """Nouns opening a condition item ("Agreement that the customer will X"): read the clause."""
    clipped_nouns: frozenset[str] = frozenset()
    """Clipped person nouns ("admin", "rep"): "the admin" is the page's "… administrators"."""
    clipped_words: frozenset[str] = frozenset()
    """Clipped words of a name ("app"): "App Teams" is the page's "Application team"."""
    component_nouns: frozenset[str] = frozenset()
    """Head nouns of a system's parts ("Management Network"): a name ending in one is no party."""
    place_nouns: frozenset[str] = frozenset()
    """Nouns of a place a party owns ("infrastructure", "account"): "Your infra" is a place."""
    cell_qualifiers: frozenset[str] = frozenset()
    """Words opening a qualifier after a cell's party ("Acme per request", "Acme coordinated
    with Customer"): the cell still names the party."""
    light_verbs: frozenset[str] = frozenset()
    """Base forms of verbs that take a noun of action ("provide support for X": "support X")."""
    deeds: frozenset[str] = frozenset()
    """Participles of doing with no task of their own ("done"): the subject is the duty."""
    option_columns: frozenset[str] = frozenset()
    """Headers of a first column of plans or hosting options ("Hosting type")."""
    warnings: frozenset[str] = frozenset()
    """Nouns that make an unbound verb's sentence a warning ("We advise caution when …")."""
    cost_nouns: frozenset[str] = frozenset()
    """Nouns of a cost a party bears ("costs", "fees"): bearing one is paying it, a duty."""
    scope_headings: frozenset[str] = frozenset()
    """Whole titles over what a charter's body takes on ("In scope")."""
    exclusion_headings: frozenset[str] = frozenset()
    """Whole titles over what a body does not take on ("Out of scope")."""
    seller_phrases: frozenset[str] = frozenset()
    """What the writer sells ("this service", "support includes"): standing for the vendor."""
    aspect_verbs: frozenset[str] = frozenset()
    """Base forms of verbs of duration before "to" ("continue to patch": "patch")."""
    plan_words: frozenset[str] = frozenset()
    """Words of plan, tier and option names ("Premium", "Enterprise tier", "Self-hosted")."""
    comparisons: frozenset[str] = frozenset()
    """Phrases opening a comparison ("Compared to", "Unlike"): what follows is the other thing."""
    conditions: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    """Words opening a clause that only says when ("before", "prior to", condition words)."""
    access_verbs: frozenset[str] = frozenset()
    """Base forms of verbs of reaching a system ("authenticate", "connect")."""
    declarations: frozenset[str] = frozenset()
    """Base forms of verbs that declare a fact before "that" ("represent", "warrant")."""
    aspirations: frozenset[str] = frozenset()
    """Phrases of an open future ("over time", "eventually"): "will" with them plans."""
    sharings: frozenset[str] = frozenset()
    """Verb phrases before "responsibility for X" that share X ("share", "have a shared")."""
    presentations: tuple[str, ...] = ()
    """Sentence openings that present what the page shows next ("below are ", "here is ")."""
    duty_labels: frozenset[str] = frozenset()
    """Whole labels over a party's list of duties ("Responsibilities", "Key tasks"): the
    duty-label phrases and every duty noun alone."""
    ownership_verbs: frozenset[str] = frozenset()
    """Base forms of verbs that only say a party holds a thing ("manage", "provide")."""
    """Words opening a condition ("if", "once"): a clause they open states no duty."""
