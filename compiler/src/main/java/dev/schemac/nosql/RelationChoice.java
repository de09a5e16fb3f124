package dev.schemac.nosql;

/**
 * How one relation is stored in documents, said from the field that carries the stored form:
 * for {@link Kind#EMBED} the field of the entity whose documents hold the other one; for
 * {@link Kind#REFERENCE} the to-one field holding the key; for {@link Kind#REFERENCE_ARRAY}
 * the list whose documents hold the array of ids. {@code inverse} is the field on
 * {@code target} that pairs with it, or null. {@code detail} completes the reason (a field
 * or entity name), or is null. {@code bound} is what the decision took to bound how many
 * children one parent's document gathers; null where the parent lists none (a many-to-many,
 * or a to-one whose target has no field that lists it).
 */
public record RelationChoice(String entity, String field, String target, String inverse, Kind kind, Reason reason,
                             String detail, Bound bound) {

    /**
     * How many children one parent's document would hold, as {@link Embedding} decided by it, so that the
     * sentence saying why words the very figures the decision used: the child's declared {@code rows} in all
     * for {@link Basis#PER_PARENT} and {@link Basis#DECLARED_TOTAL}, over the parent's declared
     * {@code parents} for {@link Basis#PER_PARENT}; 0 otherwise.
     */
    public record Bound(Basis basis, long rows, long parents) {
        public enum Basis {
            /** The parent's side is no list: it holds one child at most. */
            ONE,
            /** Both sides declare {@code @@volume}: the child's rows over the parent's. */
            PER_PARENT,
            /** Only the child declares {@code @@volume}: one parent may have all of its rows. */
            DECLARED_TOTAL,
            /** The child declares no volume: nothing says how many. */
            UNDECLARED
        }

        static final Bound ONE = new Bound(Basis.ONE, 0, 0);
        static final Bound UNDECLARED = new Bound(Basis.UNDECLARED, 0, 0);

        /**
         * Whether the figure is more than one document should hold: the children per parent on average
         * (compared exactly, not as a rounded quotient), or the children in all.
         */
        public boolean tooMany() {
            return switch (basis) {
                case PER_PARENT -> rows / parents > Embedding.MAX_PER_DOCUMENT
                        || (rows / parents == Embedding.MAX_PER_DOCUMENT && rows % parents != 0);
                case DECLARED_TOTAL -> rows > Embedding.MAX_PER_DOCUMENT;
                case ONE, UNDECLARED -> false;
            };
        }

        /**
         * A number of children one document may hold by the volumes (the whole average per parent, or all
         * of them), or -1 where no volume says: some parent has at least the average, so the figure is one
         * a real document can reach.
         */
        public long most() {
            return switch (basis) {
                case PER_PARENT -> rows / parents;
                case DECLARED_TOTAL -> rows;
                case ONE, UNDECLARED -> -1;
            };
        }
    }

    public enum Kind {
        /** The target's rows are stored inside this entity's documents. */
        EMBED,
        /** The target's key is stored in this entity's documents. */
        REFERENCE,
        /** An array of the target's keys is stored in this entity's documents (many-to-many). */
        REFERENCE_ARRAY
    }

    /** Why the relation is stored this way; {@link Reasons} words each one. */
    public enum Reason {
        /** {@code @embed} on the field. */
        EMBED_DECLARED,
        /** Every target row belongs to exactly one row of this entity and nothing else claims it. */
        EMBED_OWNED,
        /** A many-to-many: each side has many of the other. */
        MANY_TO_MANY,
        /** The relation points from an entity to itself. */
        SELF,
        /** The parent has no field that lists the children, so none of its documents holds them. */
        NO_BACK_SIDE,
        /** The key is optional: a child can exist without a parent. */
        OPTIONAL,
        /** Deleting the parent does not delete the child ({@code detail}: the action). */
        NOT_CASCADE,
        /** Something else refers to the child ({@code detail}: what). */
        CLAIMED,
        /** The child declares a collection or shard key of its own. */
        OWN_COLLECTION,
        /** A unique constraint of the child spans all parents ({@code detail}: its fields). */
        UNIQUE_ACROSS_PARENTS,
        /** The child expires on its own ({@code @ttl}). */
        EXPIRES,
        /** An index reads each parent's children by a time ({@code detail}: that field). */
        PAGED,
        /** A {@code @@query} reads each parent's children by a time ({@code detail}: that field). */
        QUERIED,
        /** The child is keyed by its parent and a time: a series per parent ({@code detail}: the time field). */
        TIME_KEYED,
        /** The declared volumes give too many children per parent ({@code bound}: how many). */
        TOO_MANY,
        /**
         * The child declares more rows than one document should hold and the parent declares no
         * volume, so all of them may share one parent ({@code bound}: the child's rows).
         */
        UNBOUNDED,
        /** Embedding would put an entity inside itself. */
        CYCLE
    }
}
