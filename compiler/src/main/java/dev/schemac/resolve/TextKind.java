package dev.schemac.resolve;

/**
 * What a piece of model text becomes in the outputs, which decides the characters it may
 * hold (see {@link TextRules}).
 */
enum TextKind {
    /** A doc comment line: a comment in SQL, Python, Prisma and Java, a sentence in Markdown. */
    DOC,
    /** One line of text shown in comments, docstrings and headings: the title, {@code @@query}, ... */
    LINE,
    /** Data stored as a literal: a default, a {@code @check} literal. */
    DATA,
    /** An enum's stored label: a literal, a comment, and an ENUM member in MySQL. */
    LABEL,
    /** A name the databases store ({@code @map}, a constraint or index name): quoted in SQL, a literal in code. */
    NAME,
    /** A column name ({@code @map} on a field): a stored name that SQLAlchemy also writes as {@code table.column}. */
    COLUMN_NAME,
    /** A table name ({@code @@map}): a stored name that MySQL also makes a file name of. */
    TABLE_NAME,
    /** A {@code @relation} name: a Prisma string, and the join table's name (spaces become underscores). */
    RELATION,
    /** A {@code @pattern}: a literal in every output, checked further by {@code PatternDialect}. */
    PATTERN
}
