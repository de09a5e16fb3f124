package dev.schemac.sample;

import dev.schemac.catalog.Column;
import dev.schemac.catalog.ColumnDefault;
import dev.schemac.catalog.Table;
import dev.schemac.model.ScalarKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a column holds, read from its name, its table's entity and its type: the one place
 * that maps names such as {@code email}, {@code unit_price} or {@code deleted_at} to the kind
 * of value a reader expects there. {@link #NONE} leaves the column to the type's generic value.
 */
enum Meaning {
    // text
    EMAIL, FIRST_NAME, LAST_NAME, PERSON_NAME, USERNAME, COMPANY, PRODUCT, BAND, GENRE, TEAM, PLACE, TITLE, PHONE,
    STREET, CITY, STATE, POSTAL_CODE, COUNTRY, COUNTRY_CODE, CURRENCY, LANGUAGE, TIME_ZONE, URL, IMAGE_URL, DOMAIN,
    IP_ADDRESS, SLUG, CODE, COLOR, JOB_TITLE, DEPARTMENT, WORD, SENTENCE, PARAGRAPH, BIO, DIGEST, TIER,
    // numbers
    MONEY, SMALL_MONEY, SALARY, QUANTITY, STOCK, AGE, YEAR, RATING, PERCENT, CAPACITY, LATITUDE, LONGITUDE, DURATION, ORDINAL,
    COUNT, FILE_SIZE,
    // dates and times
    CREATED, UPDATED, AFTER_CREATED, FUTURE, BIRTH, NEAR,
    // booleans
    USUALLY_TRUE, USUALLY_FALSE,
    NONE;

    /** Entities whose rows are people: their {@code name} is a person's name. */
    private static final Set<String> PEOPLE = Set.of("user", "customer", "employee", "member", "author", "person", "people",
            "student", "teacher", "patient", "contact", "client", "owner", "staff", "guest", "attendee", "participant",
            "reviewer", "subscriber", "player", "driver", "doctor", "instructor", "manager", "agent", "rep", "admin",
            "profile", "applicant", "candidate", "traveler", "passenger", "buyer", "seller", "speaker", "composer");
    private static final Set<String> COMPANIES = Set.of("company", "organization", "organisation", "tenant", "vendor",
            "supplier", "brand", "publisher", "manufacturer", "agency", "firm", "employer", "merchant", "partner", "business",
            "carrier", "label", "studio", "sponsor", "provider", "workspace");
    private static final Set<String> PRODUCTS = Set.of("product", "item", "good", "merchandise", "sku", "variant", "part",
            "ingredient", "dish", "plan", "service", "offer", "feature");
    private static final Set<String> TITLED = Set.of("post", "article", "book", "album", "track", "song", "movie", "film",
            "episode", "course", "lesson", "chapter", "page", "story", "video", "podcast", "playlist", "event", "project",
            "task", "issue", "ticket", "thread", "topic", "document", "note", "recipe", "show", "game", "poll", "question");
    private static final Set<String> PLACES = Set.of("venue", "place", "location", "hotel", "restaurant", "store", "shop",
            "warehouse", "branch", "office", "site", "building", "campus", "facility", "station", "airport", "park", "hall");
    private static final Set<String> TEAMS = Set.of("team", "group", "club", "squad", "league", "crew", "guild", "band");
    private static final Set<String> WORDS = Set.of("tag", "category", "keyword", "topic", "skill", "interest", "hobby",
            "segment", "channel", "type", "kind", "mediatype", "media");
    private static final Set<String> DELETED = Set.of("deleted", "archived", "removed", "trashed", "deactivated", "banned",
            "disabled", "suspended", "blocked", "locked", "revoked");
    private static final Set<String> AFTER = Set.of("deleted", "archived", "removed", "trashed", "deactivated", "banned",
            "disabled", "suspended", "blocked", "locked", "revoked", "cancelled", "canceled", "closed", "ended", "completed",
            "finished", "shipped", "delivered", "paid", "resolved", "published", "approved", "confirmed", "verified",
            "activated", "accepted", "rejected", "refunded", "seen", "read", "last", "returned", "sent", "processed", "issued",
            "placed", "ordered", "purchased", "booked", "submitted", "posted", "logged");

    /** The tokens of a snake_case or camelCase name, lower case. */
    static List<String> words(String name) {
        // A word ends where a lower-case letter or digit meets an upper-case letter, then everything is lower-cased and
        // split at what is not a-z or 0-9. Called for every sample row, so by hand rather than with regular expressions.
        var split = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (i > 0 && ch >= 'A' && ch <= 'Z' && isLowerOrDigit(name.charAt(i - 1))) split.append('_');
            split.append(ch);
        }
        String lower = split.toString().toLowerCase(Locale.ROOT);
        var out = new ArrayList<String>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && isLowerOrDigit(lower.charAt(i));
            if (word && start < 0) start = i;
            if (!word && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    private static boolean isLowerOrDigit(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    }

    /** Whether the column marks a row as deleted or disabled: set on few rows. */
    static boolean softDelete(Column c) {
        return has(words(c.name()), DELETED);
    }

    /** The word that says what a table's rows are ({@code "user"} for {@code UserAccounts}): what {@link #of} reads a column's name with. */
    static String entity(Table t) {
        return t.entity() == null ? "" : singular(last(words(t.entity())));
    }

    /** What the column of a table whose rows are {@code entity} ({@link #entity}) holds. */
    static Meaning of(String entity, Column c) {
        if (c.type().isEnum() || c.isForeignKey()) return NONE;
        List<String> w = words(c.name());
        ScalarKind k = c.type().kind();
        if (k.isText()) return c.secret() ? DIGEST : text(w, entity);
        if (k.isNumeric()) return number(w, k);
        if (k.isTemporal()) return time(c, w);
        if (k == ScalarKind.BOOL) {
            if (has(w, DELETED) || has(w, "admin", "test", "draft", "hidden", "private", "spam")) {
                return USUALLY_FALSE;
            }
            if (has(w, "active", "enabled", "verified", "visible", "available", "published", "confirmed", "approved",
                    "valid", "public", "in_stock", "instock")) return USUALLY_TRUE;
        }
        return NONE;
    }

    private static Meaning text(List<String> w, String entity) {
        String joined = String.join("_", w);
        if (has(w, "email", "mail") || joined.contains("e_mail")) return EMAIL;
        if (has(w, "password", "hash", "digest", "token", "secret", "salt", "apikey") || joined.contains("api_key")) return DIGEST;
        if (joined.contains("first_name") || has(w, "firstname", "forename", "givenname") || joined.contains("given_name")) {
            return FIRST_NAME;
        }
        if (joined.contains("last_name") || has(w, "lastname", "surname", "familyname") || joined.contains("family_name")) {
            return LAST_NAME;
        }
        if (has(w, "username", "handle", "login", "nickname", "nick") || joined.contains("user_name")
                || joined.contains("screen_name")) return USERNAME;
        if (has(w, "ip") || joined.contains("ip_address")) return IP_ADDRESS;
        if (has(w, "phone", "mobile", "telephone", "tel", "fax", "cell", "cellphone")) return PHONE;
        if (has(w, "zip", "zipcode", "postcode", "postal")) return POSTAL_CODE;
        if (has(w, "street", "address", "address1", "line1", "addr")) return STREET;
        if (has(w, "city", "town")) return CITY;
        if (has(w, "state", "province", "region", "county")) return STATE;
        if (has(w, "country", "nationality")) return w.contains("code") ? COUNTRY_CODE : COUNTRY;
        if (has(w, "currency")) return CURRENCY;
        if (has(w, "language", "lang", "locale")) return LANGUAGE;
        if (has(w, "timezone", "tz") || joined.contains("time_zone")) return TIME_ZONE;
        if (has(w, "avatar", "image", "photo", "picture", "thumbnail", "logo", "icon", "cover", "banner")) return IMAGE_URL;
        if (has(w, "url", "website", "homepage", "link", "href", "uri", "site")) return URL;
        if (has(w, "domain", "hostname", "host")) return DOMAIN;
        if (has(w, "slug")) return SLUG;
        if (has(w, "sku", "code", "reference", "ref", "serial", "barcode", "isbn", "number", "no")) return CODE;
        if (has(w, "color", "colour")) return COLOR;
        if (has(w, "department", "division")) return DEPARTMENT;
        if (has(w, "occupation", "profession", "position", "jobtitle") || joined.contains("job_title")
                || (has(w, "title") && PEOPLE.contains(entity))) return JOB_TITLE;
        if (has(w, "company", "organization", "organisation", "employer", "vendor", "supplier", "brand", "publisher",
                "manufacturer")) return COMPANY;
        if (has(w, "plan", "tier", "subscription", "package", "edition")) return TIER;
        if (has(w, "composer", "author", "owner", "recipient", "sender", "contact", "fullname", "customer", "by")
                || joined.contains("full_name") || joined.contains("display_name")) return PERSON_NAME;
        if (has(w, "artist", "band")) return BAND;
        if (has(w, "genre")) return GENRE;
        if (has(w, "tag", "category", "keyword", "topic", "label", "skill", "interest", "hobby", "status", "kind", "type")) {
            return WORD;
        }
        if (has(w, "bio", "about", "biography")) return BIO;
        if (has(w, "body", "content", "text", "message", "details", "story", "review", "answer", "instructions")) {
            return PARAGRAPH;
        }
        if (has(w, "description", "summary", "excerpt", "caption", "note", "notes", "comment", "remark", "reason", "subject",
                "headline", "tagline", "motto")) return SENTENCE;
        if (has(w, "title")) return TITLED.contains(entity) || PRODUCTS.contains(entity) ? noun(entity) : TITLE;
        if (has(w, "name")) return noun(entity);
        return NONE;
    }

    /** What the {@code name} of an entity's row is, by what the entity is. */
    private static Meaning noun(String entity) {
        if (PEOPLE.contains(entity)) return PERSON_NAME;
        if (COMPANIES.contains(entity)) return COMPANY;
        if (PRODUCTS.contains(entity)) return PRODUCT;
        if (TITLED.contains(entity)) return TITLE;
        if (PLACES.contains(entity)) return PLACE;
        if (TEAMS.contains(entity)) return TEAM;
        if (entity.equals("artist")) return BAND;
        if (entity.equals("genre")) return GENRE;
        if (entity.equals("city")) return CITY;
        if (entity.equals("country")) return COUNTRY;
        if (entity.equals("department")) return DEPARTMENT;
        if (entity.equals("currency")) return CURRENCY;
        if (entity.equals("language")) return LANGUAGE;
        if (WORDS.contains(entity)) return WORD;
        return PRODUCT;
    }

    private static Meaning number(List<String> w, ScalarKind k) {
        if (has(w, "salary", "wage", "income", "compensation")) return SALARY;
        if (has(w, "tax", "fee", "tip", "shipping", "discount", "commission", "surcharge", "vat")) return SMALL_MONEY;
        if (has(w, "price", "amount", "total", "subtotal", "cost", "balance", "revenue", "payment", "charge", "fare", "budget",
                "deposit", "refund", "credit", "debit")) return MONEY;
        if (has(w, "quantity", "qty", "units")) return QUANTITY;
        if (has(w, "stock", "inventory", "onhand")) return STOCK;
        if (has(w, "age")) return AGE;
        if (has(w, "year")) return YEAR;
        if (has(w, "rating", "stars")) return RATING;
        if (has(w, "percent", "percentage", "pct")) return PERCENT;
        if (has(w, "capacity", "seats", "occupancy")) return CAPACITY;
        if (has(w, "lat", "latitude")) return k.isInteger() ? NONE : LATITUDE;
        if (has(w, "lng", "lon", "long", "longitude")) return k.isInteger() ? NONE : LONGITUDE;
        if (has(w, "milliseconds", "ms", "millis", "duration", "seconds", "minutes", "secs", "mins")) return DURATION;
        if (has(w, "position", "sort", "rank", "sequence", "seq", "ordinal", "index", "idx")) return ORDINAL;
        if (has(w, "views", "likes", "followers", "clicks", "visits", "downloads", "plays", "votes", "count", "hits")) return COUNT;
        if (has(w, "bytes", "filesize", "size")) return k.isInteger() ? FILE_SIZE : NONE;
        return NONE;
    }

    private static Meaning time(Column c, List<String> w) {
        if (c.updatedAt() || has(w, "updated", "modified", "changed", "edited")) return UPDATED;
        if (has(w, "birth", "dob", "birthday", "born", "birthdate")) return BIRTH;
        if (has(w, "expires", "expiry", "expiration", "due", "deadline", "until", "renews", "renewal", "scheduled", "next")) {
            return FUTURE;
        }
        if (has(w, AFTER)) return AFTER_CREATED;
        if (has(w, "created", "registered", "joined", "signup", "signed", "inserted", "hired", "hire", "opened", "founded")
                || c.defaultValue() instanceof ColumnDefault.Now) return CREATED;
        if (has(w, "starts", "start", "begins", "begin", "from", "ends", "end", "checkin", "checkout", "arrival", "departure",
                "day", "on")) return NEAR;
        return NONE;
    }

    private static boolean has(List<String> words, String... any) {
        // A name has a word or two: the words outside, so each is fetched once (planning asks this for every column).
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            for (String a : any) if (a.equals(w)) return true;
        }
        return false;
    }

    private static boolean has(List<String> words, Set<String> any) {
        for (int i = 0; i < words.size(); i++) if (any.contains(words.get(i))) return true;
        return false;
    }

    private static String last(List<String> words) {
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** A rough singular, enough to read an entity or table word ({@code people} stays a person word). */
    static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) return w.substring(0, w.length() - 1);
        return w;
    }
}
