-- stage.import_row: the rows of a partner file as read, all text, keyed by batch and
-- row number (1 = the first data row). The reader streams them in (COPY) in the same
-- transaction as app.import_batch, which decides every row and deletes them.
-- Fields are already mapped to Leadbase names (core.partner_column).
CREATE TABLE IF NOT EXISTS stage.import_row (
    batch_id BIGINT NOT NULL,
    row_no INTEGER NOT NULL,
    company_name TEXT,
    legal_form TEXT,
    uid TEXT,
    street TEXT,
    plz TEXT,
    ort TEXT,
    canton TEXT,
    phone TEXT,
    email TEXT,
    website TEXT,
    branche TEXT,
    size_category TEXT,
    no_advertising TEXT,
    CONSTRAINT pk_stage_import_row PRIMARY KEY (batch_id, row_no)
);
