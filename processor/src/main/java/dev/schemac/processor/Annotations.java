package dev.schemac.processor;

import dev.schemac.annotations.Auto;
import dev.schemac.annotations.Cache;
import dev.schemac.annotations.Check;
import dev.schemac.annotations.Collection;
import dev.schemac.annotations.Column;
import dev.schemac.annotations.Default;
import dev.schemac.annotations.Denormalized;
import dev.schemac.annotations.Depends;
import dev.schemac.annotations.Embed;
import dev.schemac.annotations.Entity;
import dev.schemac.annotations.Id;
import dev.schemac.annotations.Index;
import dev.schemac.annotations.Length;
import dev.schemac.annotations.Max;
import dev.schemac.annotations.Min;
import dev.schemac.annotations.Mixin;
import dev.schemac.annotations.OnDelete;
import dev.schemac.annotations.OnUpdate;
import dev.schemac.annotations.Pattern;
import dev.schemac.annotations.Pii;
import dev.schemac.annotations.Query;
import dev.schemac.annotations.Relation;
import dev.schemac.annotations.Schema;
import dev.schemac.annotations.Secret;
import dev.schemac.annotations.ShardKey;
import dev.schemac.annotations.Transient;
import dev.schemac.annotations.Ttl;
import dev.schemac.annotations.Unique;
import dev.schemac.annotations.Updated;
import dev.schemac.annotations.Volume;

/** The qualified names of the runtime annotations, taken from the classes so a rename cannot drift. */
final class Annotations {
    private Annotations() {}

    static final String PACKAGE = Schema.class.getPackageName() + ".";

    static final String SCHEMA = Schema.class.getCanonicalName();
    static final String ENTITY = Entity.class.getCanonicalName();
    static final String MIXIN = Mixin.class.getCanonicalName();
    static final String TRANSIENT = Transient.class.getCanonicalName();
    static final String COLUMN = Column.class.getCanonicalName();
    static final String DEFAULT = Default.class.getCanonicalName();

    static final String ID = Id.class.getCanonicalName();
    static final String AUTO = Auto.class.getCanonicalName();
    static final String UNIQUE = Unique.class.getCanonicalName();
    static final String INDEX = Index.class.getCanonicalName();
    static final String CHECK = Check.class.getCanonicalName();
    static final String MIN = Min.class.getCanonicalName();
    static final String MAX = Max.class.getCanonicalName();
    static final String LENGTH = Length.class.getCanonicalName();
    static final String PATTERN = Pattern.class.getCanonicalName();
    static final String PII = Pii.class.getCanonicalName();
    static final String SECRET = Secret.class.getCanonicalName();
    static final String UPDATED = Updated.class.getCanonicalName();
    static final String RELATION = Relation.class.getCanonicalName();
    static final String RENAMED_FROM = dev.schemac.annotations.RenamedFrom.class.getCanonicalName();
    static final String ON_DELETE = OnDelete.class.getCanonicalName();
    static final String ON_UPDATE = OnUpdate.class.getCanonicalName();

    static final String DEPENDS = Depends.class.getCanonicalName();
    static final String DENORMALIZED = Denormalized.class.getCanonicalName();
    static final String VOLUME = Volume.class.getCanonicalName();
    static final String QUERY = Query.class.getCanonicalName();

    static final String EMBED = Embed.class.getCanonicalName();
    static final String TTL = Ttl.class.getCanonicalName();
    static final String COLLECTION = Collection.class.getCanonicalName();
    static final String SHARD_KEY = ShardKey.class.getCanonicalName();
    static final String CACHE = Cache.class.getCanonicalName();
}
