-- Reprints clustered into stories: one MinHash signature per on-topic document,
-- its LSH band hashes (the index that finds near-duplicates), and the story it
-- belongs to. story_id is the id of a member document; canonical (0 or 1, as
-- in SQLite) marks the one member that stands for the story (the issuing
-- body's own site, else the earliest).
CREATE TABLE story_signatures (
    document_id BIGINT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    story_id    BIGINT NOT NULL,
    shingles    INTEGER NOT NULL,  -- distinct shingles of the cleaned text
    signature   BYTEA NOT NULL,    -- MinHash values, little-endian uint32 each
    canonical   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX story_signatures_story ON story_signatures (story_id);

CREATE TABLE story_bands (
    band        INTEGER NOT NULL,
    hash        BIGINT NOT NULL,
    document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, hash, document_id)
);
CREATE INDEX story_bands_document ON story_bands (document_id);
