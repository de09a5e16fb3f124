package dev.schemac.gen.sqlmodel;

/**
 * The models SQLModel's tutorial writes beside each table model ("multiple models"): what
 * each holds is decided per column by {@link Role}.
 */
enum ApiModel {
    /** The fields a client writes and an API returns, with their validation; the table model extends it. */
    BASE("Base"),
    /** What a client sends to create a row: the base and the secret fields. */
    CREATE("Create"),
    /** What an API returns: the base and what the database generates, never a secret field. */
    PUBLIC("Public"),
    /** What a client sends to change a row: every field it writes, each optional. */
    UPDATE("Update");

    private final String suffix;

    ApiModel(String suffix) {
        this.suffix = suffix;
    }

    String suffix() { return suffix; }
}
