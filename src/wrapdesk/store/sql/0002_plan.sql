-- Schema 2: the plan (owner, sections, entries, people, care facts, cycle, versions, shares).
-- Frozen once released: a later change is a new numbered file, never an edit here.

CREATE TABLE advance_details (
    id INTEGER NOT NULL,
    statement_signed_on DATE,
    statement_witness_name TEXT NOT NULL,
    statement_witnessed_on DATE,
    adrt_gp TEXT NOT NULL,
    adrt_copies_held_by TEXT NOT NULL,
    adrt_signed_on DATE,
    adrt_witness_name TEXT NOT NULL,
    adrt_witnessed_on DATE,
    scottish_witness_name TEXT NOT NULL,
    scottish_witness_profession TEXT NOT NULL,
    scottish_signed_on DATE,
    scottish_witnessed_on DATE,
    CONSTRAINT pk_advance_details PRIMARY KEY (id)
);

CREATE TABLE cycle_pass (
    id INTEGER NOT NULL,
    number INTEGER NOT NULL,
    started_at VARCHAR(32) NOT NULL,
    finished_at VARCHAR(32),
    current_step VARCHAR(16) NOT NULL,
    steps_done JSON NOT NULL,
    steps_skipped JSON NOT NULL,
    design_sections JSON NOT NULL,
    after_crisis BOOLEAN NOT NULL,
    review_date DATE,
    version_note TEXT NOT NULL,
    CONSTRAINT pk_cycle_pass PRIMARY KEY (id),
    CONSTRAINT uq_cycle_pass_number UNIQUE (number)
);

CREATE TABLE medicine (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    dose TEXT NOT NULL,
    purpose TEXT NOT NULL,
    status VARCHAR(16) NOT NULL,
    reason TEXT NOT NULL,
    position INTEGER NOT NULL,
    changed_at VARCHAR(32) NOT NULL,
    CONSTRAINT pk_medicine PRIMARY KEY (id)
);

CREATE TABLE owner (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    preferred_name TEXT NOT NULL,
    pronouns TEXT NOT NULL,
    communication_needs TEXT NOT NULL,
    date_of_birth DATE,
    address TEXT NOT NULL,
    hidden_helplines JSON NOT NULL,
    CONSTRAINT pk_owner PRIMARY KEY (id)
);

CREATE TABLE person (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    relationship TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    address TEXT NOT NULL,
    notes TEXT NOT NULL,
    roles JSON NOT NULL,
    may_receive JSON NOT NULL,
    do_not_involve BOOLEAN NOT NULL,
    not_involve_reason TEXT NOT NULL,
    age_recipient TEXT,
    position INTEGER NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    changed_at VARCHAR(32) NOT NULL,
    CONSTRAINT pk_person PRIMARY KEY (id)
);

CREATE TABLE place (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    preference VARCHAR(16) NOT NULL,
    details TEXT NOT NULL,
    reason TEXT NOT NULL,
    position INTEGER NOT NULL,
    changed_at VARCHAR(32) NOT NULL,
    CONSTRAINT pk_place PRIMARY KEY (id)
);

CREATE TABLE refusal (
    id INTEGER NOT NULL,
    treatment TEXT NOT NULL,
    circumstances TEXT NOT NULL,
    life_sustaining BOOLEAN NOT NULL,
    position INTEGER NOT NULL,
    changed_at VARCHAR(32) NOT NULL,
    CONSTRAINT pk_refusal PRIMARY KEY (id)
);

CREATE TABLE section (
    id INTEGER NOT NULL,
    "key" VARCHAR(80) NOT NULL,
    custom_title TEXT,
    "group" VARCHAR(16) NOT NULL,
    position INTEGER NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    CONSTRAINT pk_section PRIMARY KEY (id),
    CONSTRAINT uq_section_key UNIQUE ("key")
);

CREATE TABLE supporter_key (
    id INTEGER NOT NULL,
    identity TEXT NOT NULL,
    recipient TEXT NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    CONSTRAINT pk_supporter_key PRIMARY KEY (id)
);

CREATE TABLE treatment (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    preference VARCHAR(16) NOT NULL,
    reason TEXT NOT NULL,
    position INTEGER NOT NULL,
    changed_at VARCHAR(32) NOT NULL,
    CONSTRAINT pk_treatment PRIMARY KEY (id)
);

CREATE TABLE commitment (
    id INTEGER NOT NULL,
    pass_id INTEGER NOT NULL,
    what TEXT NOT NULL,
    who_id INTEGER,
    due DATE,
    done BOOLEAN NOT NULL,
    done_at VARCHAR(32),
    position INTEGER NOT NULL,
    CONSTRAINT pk_commitment PRIMARY KEY (id),
    CONSTRAINT fk_commitment_pass_id_cycle_pass FOREIGN KEY(pass_id) REFERENCES cycle_pass (id) ON DELETE CASCADE,
    CONSTRAINT fk_commitment_who_id_person FOREIGN KEY(who_id) REFERENCES person (id) ON DELETE SET NULL
);

CREATE TABLE entry (
    id INTEGER NOT NULL,
    section_id INTEGER NOT NULL,
    list_kind VARCHAR(40) NOT NULL,
    text TEXT NOT NULL,
    position INTEGER NOT NULL,
    suggested_by_id INTEGER,
    created_at VARCHAR(32) NOT NULL,
    changed_at VARCHAR(32) NOT NULL,
    CONSTRAINT pk_entry PRIMARY KEY (id),
    CONSTRAINT fk_entry_section_id_section FOREIGN KEY(section_id) REFERENCES section (id) ON DELETE CASCADE,
    CONSTRAINT fk_entry_suggested_by_id_person FOREIGN KEY(suggested_by_id) REFERENCES person (id) ON DELETE SET NULL
);

CREATE INDEX ix_entry_list ON entry (section_id, list_kind, position);

CREATE TABLE goal (
    id INTEGER NOT NULL,
    pass_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    position INTEGER NOT NULL,
    CONSTRAINT pk_goal PRIMARY KEY (id),
    CONSTRAINT fk_goal_pass_id_cycle_pass FOREIGN KEY(pass_id) REFERENCES cycle_pass (id) ON DELETE CASCADE
);

CREATE TABLE option (
    id INTEGER NOT NULL,
    pass_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    good TEXT NOT NULL,
    worries TEXT NOT NULL,
    chosen BOOLEAN NOT NULL,
    position INTEGER NOT NULL,
    CONSTRAINT pk_option PRIMARY KEY (id),
    CONSTRAINT fk_option_pass_id_cycle_pass FOREIGN KEY(pass_id) REFERENCES cycle_pass (id) ON DELETE CASCADE
);

CREATE TABLE pass_supporter (
    pass_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL,
    CONSTRAINT pk_pass_supporter PRIMARY KEY (pass_id, person_id),
    CONSTRAINT fk_pass_supporter_pass_id_cycle_pass FOREIGN KEY(pass_id) REFERENCES cycle_pass (id) ON DELETE CASCADE,
    CONSTRAINT fk_pass_supporter_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE TABLE rating (
    id INTEGER NOT NULL,
    pass_id INTEGER NOT NULL,
    statement_key VARCHAR(40) NOT NULL,
    value VARCHAR(16) NOT NULL,
    comment TEXT NOT NULL,
    CONSTRAINT pk_rating PRIMARY KEY (id),
    CONSTRAINT uq_rating_pass_id UNIQUE (pass_id, statement_key),
    CONSTRAINT fk_rating_pass_id_cycle_pass FOREIGN KEY(pass_id) REFERENCES cycle_pass (id) ON DELETE CASCADE
);

CREATE TABLE reflection (
    id INTEGER NOT NULL,
    pass_id INTEGER NOT NULL,
    step VARCHAR(16) NOT NULL,
    topic VARCHAR(40) NOT NULL,
    text TEXT NOT NULL,
    position INTEGER NOT NULL,
    CONSTRAINT pk_reflection PRIMARY KEY (id),
    CONSTRAINT fk_reflection_pass_id_cycle_pass FOREIGN KEY(pass_id) REFERENCES cycle_pass (id) ON DELETE CASCADE
);

CREATE TABLE version (
    id INTEGER NOT NULL,
    number INTEGER NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    note TEXT NOT NULL,
    document TEXT NOT NULL,
    pass_id INTEGER,
    CONSTRAINT pk_version PRIMARY KEY (id),
    CONSTRAINT uq_version_number UNIQUE (number),
    CONSTRAINT fk_version_pass_id_cycle_pass FOREIGN KEY(pass_id) REFERENCES cycle_pass (id) ON DELETE SET NULL
);

CREATE TABLE share_record (
    id INTEGER NOT NULL,
    version_id INTEGER NOT NULL,
    person_id INTEGER,
    person_name TEXT NOT NULL,
    sections JSON NOT NULL,
    method VARCHAR(24) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    CONSTRAINT pk_share_record PRIMARY KEY (id),
    CONSTRAINT fk_share_record_version_id_version FOREIGN KEY(version_id) REFERENCES version (id) ON DELETE CASCADE,
    CONSTRAINT fk_share_record_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE SET NULL
);
