package dev.schemac.naming;

import java.util.Locale;

/**
 * How each code target spells a model name as an identifier of its language: the language's
 * case convention, then the rename {@link ReservedWords} calls for. The targets write these
 * names and the naming rule SC607 reports them, from the same functions, so the rule says what
 * the targets do. (A target may still move a name aside when two of its own names meet; that is
 * its business, not a reserved word's.)
 */
public final class TargetNames {
    private TargetNames() {}

    /**
     * What a target writes for a model name: {@code name}; {@code spelling}, the name in the
     * language's case convention; and {@code reservedBecause} (a noun phrase, "a Python keyword")
     * when that spelling is reserved, so that {@code name} differs from it.
     */
    public record Written(String name, String spelling, String reservedBecause) {
        static Written plain(String spelling) { return new Written(spelling, spelling, null); }

        public boolean renamed() { return reservedBecause != null; }
    }

    // --- Python (SQLModel): a reserved name gets a trailing underscore, as PEP 8 advises

    /** The class of an entity or enum: {@code class} → {@code class_}. */
    public static Written pythonClass(String name) {
        String spelled = identifier(name, Alphabet.UNICODE);
        var why = ReservedWords.pythonClass(spelled);
        return why == null ? Written.plain(spelled) : new Written(pythonRenamed(spelled), spelled, why.words());
    }

    /**
     * The attribute of a field or column: {@code metadata} → {@code metadata_}, {@code _rank} → {@code rank_},
     * a foreign key column {@code au thor} → {@code au_thor}.
     */
    public static Written pythonAttribute(String name) {
        String spelled = identifier(name, Alphabet.UNICODE);
        var why = ReservedWords.pythonAttribute(spelled);
        return why == null ? Written.plain(spelled) : new Written(pythonRenamed(spelled), spelled, why.words());
    }

    /** The member of an enum value: {@code title} → {@code title_}. */
    public static Written pythonEnumMember(String name) {
        String spelled = identifier(name, Alphabet.UNICODE);
        var why = ReservedWords.pythonEnumMember(spelled);
        return why == null ? Written.plain(spelled) : new Written(pythonRenamed(spelled), spelled, why.words());
    }

    /**
     * A trailing underscore; leading underscores, which would still make the name private to
     * pydantic and enum, are dropped first ({@code __table__} → {@code table___}). A name left
     * empty or starting with a digit gets an {@code f} ({@code _1} → {@code f1_}), and so does one
     * in pydantic's protected namespaces, which no suffix leaves ({@code model_dump} →
     * {@code f_model_dump}).
     */
    private static String pythonRenamed(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) == '_') i++;
        String rest = name.substring(i);
        if (ReservedWords.inProtectedNamespace(rest)) return "f_" + rest;
        if (rest.isEmpty() || Character.isDigit(rest.charAt(0))) rest = "f" + rest;
        return rest + "_";
    }

    // --- Prisma: PascalCase models and enums; a reserved one is prefixed, as Prisma's introspection does

    /** A model or enum: {@code user_account} → {@code UserAccount}, {@code String} → {@code RenamedString}. */
    public static Written prismaType(String name) {
        String spelled = prismaTypeSpelling(name);
        return ReservedWords.isPrismaReserved(spelled)
                ? new Written("Renamed" + spelled, spelled, "a name Prisma reserves") : Written.plain(spelled);
    }

    /** PascalCase, starting with a letter as Prisma requires ({@code _rank} → {@code Rank}, {@code t a g s} → {@code TAGS}). */
    private static String prismaTypeSpelling(String name) {
        String s = Names.pascal(identifier(name, Alphabet.ASCII));
        int i = 0;
        while (i < s.length() && !Character.isLetter(s.charAt(i))) i++;
        s = s.substring(i);
        return s.isEmpty() ? "Model" : s;
    }

    // --- Java: a reserved name gets a trailing underscore

    /** A record or enum type: {@code record} → {@code record_}, {@code String} → {@code String_}. */
    public static Written javaType(String name) {
        String spelled = javaIdentifier(name);
        var why = ReservedWords.javaType(spelled);
        return why == null ? Written.plain(spelled) : new Written(spelled + "_", spelled, why.words());
    }

    /** The record component of a column: {@code unit_price} → {@code unitPrice}, {@code class} → {@code class_}. */
    public static Written javaRecordComponent(String column) {
        String spelled = javaIdentifier(Names.camel(javaIdentifier(column)));
        var why = ReservedWords.javaRecordComponent(spelled);
        return why == null ? Written.plain(spelled) : new Written(spelled + "_", spelled, why.words());
    }

    /** The metamodel constant of a column: {@code unit_price} → {@code UNIT_PRICE}, {@code table} → {@code TABLE_}. */
    public static Written javaMetamodelConstant(String column) {
        String spelled = javaIdentifier(column.toUpperCase(Locale.ROOT));
        var why = ReservedWords.javaMetamodelConstant(spelled);
        return why == null ? Written.plain(spelled) : new Written(spelled + "_", spelled, why.words());
    }

    /** The constant of an enum value: {@code value} → {@code value_}. */
    public static Written javaEnumConstant(String name) {
        String spelled = javaIdentifier(name);
        var why = ReservedWords.javaEnumConstant(spelled);
        return why == null ? Written.plain(spelled) : new Written(spelled + "_", spelled, why.words());
    }

    /**
     * Any text as a legal Java identifier, keywords aside: characters Java does not allow become
     * {@code _}, a leading digit gets one in front ({@code order date} → {@code order_date}).
     */
    public static String javaIdentifier(String name) {
        return identifier(name, Alphabet.JAVA);
    }

    // --- Mermaid (the ER diagram): a word its lexer reads as its own gets a `_` after that word

    /** The word of a table as an ER diagram entity: {@code class} → {@code class_}, {@code t a g s} → {@code t_a_g_s}. */
    public static Written mermaidEntity(String table) {
        String spelled = identifier(table, Alphabet.MERMAID);
        return mermaidRenamed(spelled, ReservedWords.mermaidEntityWord(spelled));
    }

    /** The word of a column, or of an enum as a column's type, in an entity's block: {@code pk} → {@code pk_}. */
    public static Written mermaidAttribute(String name) {
        String spelled = identifier(name, Alphabet.MERMAID);
        return mermaidRenamed(spelled, ReservedWords.mermaidAttributeWord(spelled));
    }

    /** A {@code _} right after the word, where the lexer would end it ({@code classé} → {@code class_é}). */
    private static Written mermaidRenamed(String spelled, String word) {
        if (word == null) return Written.plain(spelled);
        String why = word.equals(spelled) ? "a word of Mermaid's erDiagram syntax"
                : "a name Mermaid's erDiagram syntax reads as its word `" + word + "`";
        return new Written(word + "_" + spelled.substring(word.length()), spelled, why);
    }

    // --- the one step from a stored name to the text of an identifier

    /** The characters an identifier of a target's language may hold. */
    public enum Alphabet {
        /**
         * Python 3 and MongoDB's document fields: Unicode's identifiers (UAX #31, which Python reads)
         * and {@code _}, as {@link UnicodeIdentifiers} holds them: only what every version we meet
         * takes, so no newer JDK writes a name an older Python refuses (U+30FB KATAKANA MIDDLE DOT,
         * an identifier's from Unicode 15.1 on, and U+2E2F VERTICAL TILDE, a letter to the JDK but
         * syntax to Unicode and Python, are not).
         */
        UNICODE {
            @Override boolean starts(int c) { return c == '_' || UnicodeIdentifiers.is(c, UnicodeIdentifiers.PYTHON_START); }
            @Override boolean continues(int c) { return c == '_' || UnicodeIdentifiers.is(c, UnicodeIdentifiers.PYTHON_PART); }
        },
        /**
         * Java: what {@link Character#isJavaIdentifierStart} and {@link Character#isJavaIdentifierPart}
         * take in Java 17 and later alike, as {@link UnicodeIdentifiers} holds it, less the characters
         * javac drops from a name (identifier-ignorable ones).
         */
        JAVA {
            @Override boolean starts(int c) { return UnicodeIdentifiers.is(c, UnicodeIdentifiers.JAVA_START); }
            @Override boolean continues(int c) { return UnicodeIdentifiers.is(c, UnicodeIdentifiers.JAVA_PART); }
        },
        /**
         * A Mermaid erDiagram word: {@code _}, ASCII letters and digits, and letters, digits and marks from
         * U+00C0 on (its lexer's classes leave out the letters below, {@code ª} and {@code º}).
         */
        MERMAID {
            @Override boolean starts(int c) { return c == '_' || isAsciiLetter(c) || (c >= 0xC0 && Character.isLetter(c)); }
            @Override boolean continues(int c) {
                return starts(c) || (c >= '0' && c <= '9') || (c >= 0xC0 && (Character.isLetterOrDigit(c)
                        || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK));
            }
        },
        /** Prisma: ASCII letters, digits and {@code _} ({@code [A-Za-z][A-Za-z0-9_]*}; the letter first is the caller's). */
        ASCII {
            @Override boolean starts(int c) { return c == '_' || isAsciiLetter(c); }
            @Override boolean continues(int c) { return c == '_' || isAsciiLetter(c) || (c >= '0' && c <= '9'); }
        };

        abstract boolean starts(int c);

        abstract boolean continues(int c);

        /** Whether {@code name} is an identifier of this alphabet as it is ({@link #identifier} returns it unchanged). */
        public boolean holds(String name) {
            if (name.isEmpty() || !starts(name.codePointAt(0))) return false;
            return name.codePoints().skip(1).allMatch(this::continues);
        }

        private static boolean isAsciiLetter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
    }

    /**
     * A name with each character {@code alphabet} cannot hold inside a name as {@code _}, and its
     * first character kept whatever it is: a label inside a larger text (a Redis key pattern's
     * {@code {имя}}) names the column as written, in its own script, where {@link #identifier}
     * must also start as the language's names start.
     */
    public static String characters(String name, Alphabet alphabet) {
        var b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (alphabet.continues(c)) b.appendCodePoint(c);
            else b.append('_');
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /**
     * Any name as the text of an identifier in {@code alphabet}: each character the language cannot
     * hold becomes {@code _} ({@code au thor} → {@code au_thor}, {@code a-key} → {@code a_key}), and
     * one that cannot start a name gets a {@code _} in front ({@code 1st} → {@code _1st}). Stored
     * names ({@code @map}, {@code @@map}, and the foreign key columns and join tables built from them)
     * may hold spaces and punctuation (SC510); every identifier a target derives from one passes
     * here first, before its case convention, its reserved words and its own clashes. A name that is
     * an identifier already comes back as it is, so the names of entities and fields never change.
     */
    public static String identifier(String name, Alphabet alphabet) {
        var b = new StringBuilder(name.length() + 1);
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (i == 0 ? alphabet.starts(c) : alphabet.continues(c)) {
                b.appendCodePoint(c);
            } else if (i == 0 && alphabet.continues(c)) {
                b.append('_').appendCodePoint(c);
            } else {
                b.append('_');
            }
            i += Character.charCount(c);
        }
        return b.isEmpty() ? "_" : b.toString();
    }
}
