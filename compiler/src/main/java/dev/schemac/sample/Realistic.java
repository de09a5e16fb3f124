package dev.schemac.sample;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Text that looks like data: names, addresses, companies, products, phone numbers, URLs,
 * drawn from Datafaker's English data with the sample's own PRNG, so the same seed gives
 * the same text on every run (the Datafaker version is pinned in the build). Values that
 * could reach a real person or host use reserved names: e-mail addresses at example.com,
 * example.org and example.net (RFC 2606), IP addresses from the documentation ranges
 * (RFC 5737).
 */
final class Realistic {
    /** Widely used ISO 4217 codes: what a currency column of real data mostly holds. */
    static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "CNY", "INR", "BRL",
            "MXN", "SEK", "NOK", "DKK", "PLN", "NZD", "SGD", "HKD", "KRW", "ZAR");
    /** ISO 639-1 codes. */
    static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "pt", "it", "nl", "ja", "zh", "ko", "sv", "pl");
    static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.org", "example.net");
    private static final List<String> TIERS = List.of("Free", "Starter", "Pro", "Business", "Enterprise");
    private static final List<String> IP_PREFIXES = List.of("192.0.2.", "198.51.100.", "203.0.113.");
    private static final List<String> PLACE_KINDS = List.of("Hall", "Center", "Pavilion", "Theater", "Gallery", "Loft",
            "Studio", "Arena", "House", "Terrace");

    private final Faker faker;
    private final Random random;
    /** The person a row is about: its name, e-mail address and user name agree. Null until a column asks. */
    private String first;
    private String last;

    Realistic(Random random) {
        this(random, PreparedFakeValues.faker(random));
    }

    /** With {@code faker} drawing from {@code random} (its tests compare the prepared data with Datafaker's own). */
    Realistic(Random random, Faker faker) {
        this.random = random;
        this.faker = faker;
    }

    /**
     * Loads Datafaker's classes and the names (the data nearly every sample draws from), which
     * are kept once loaded: called on a spare core before the sample is made. Rows drawn
     * afterwards are the same either way, as the caches hold data, not draws.
     */
    static void warmUp() {
        PreparedFakeValues.faker(new Random(0)).name().firstName();
    }

    /** Starts a new row: the next person-related column draws a new person. */
    void newRow() {
        first = null;
        last = null;
    }

    private String first() {
        if (first == null) {
            first = faker.name().firstName();
            last = faker.name().lastName();
        }
        return first;
    }

    private String last() {
        first();
        return last;
    }

    /** A value for {@code m} of {@code min..max} characters, or null when none fits after a few draws. */
    String text(Meaning m, int min, int max) {
        for (int i = 0; i < 6; i++) {
            String s = draw(m, max);
            if (s != null && TextLength.within(s, min, max)) return s;
        }
        return null;
    }

    private String draw(Meaning m, int max) {
        return switch (m) {
            case EMAIL -> email(max);
            case FIRST_NAME -> first();
            case LAST_NAME -> last();
            case PERSON_NAME -> first() + " " + last();
            case USERNAME -> ascii(first()) + (random.nextBoolean() ? "_" : ".") + ascii(last())
                    + (random.nextBoolean() ? "" : String.valueOf(random.nextInt(100)));
            case COMPANY -> faker.company().name();
            case PRODUCT -> faker.commerce().productName();
            case BAND -> faker.rockBand().name();
            case GENRE -> faker.music().genre();
            case TEAM -> faker.team().name();
            case PLACE -> faker.address().cityName() + " " + PLACE_KINDS.get(random.nextInt(PLACE_KINDS.size()));
            case TITLE -> faker.book().title();
            case PHONE -> phone(max);
            case STREET -> faker.address().streetAddress();
            case CITY -> faker.address().city();
            case STATE -> max < 4 ? faker.address().stateAbbr() : faker.address().state();
            case POSTAL_CODE -> faker.address().zipCode();
            case COUNTRY -> max == 2 ? faker.address().countryCode()
                    : max == 3 ? faker.country().countryCode3().toUpperCase(Locale.ROOT) : faker.country().name();
            case COUNTRY_CODE -> max >= 3 && max < 4 ? faker.country().countryCode3().toUpperCase(Locale.ROOT)
                    : faker.address().countryCode();
            case CURRENCY -> CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            case LANGUAGE -> LANGUAGES.get(random.nextInt(LANGUAGES.size()));
            case TIME_ZONE -> faker.address().timeZone();
            case URL -> "https://www." + faker.internet().domainName() + (random.nextBoolean() ? "/" : "/" + slug(faker.company().buzzword()));
            case IMAGE_URL -> "https://images." + faker.internet().domainName() + "/" + slug(faker.commerce().productName()) + ".jpg";
            case DOMAIN -> faker.internet().domainName();
            case IP_ADDRESS -> IP_PREFIXES.get(random.nextInt(IP_PREFIXES.size())) + (1 + random.nextInt(254));
            case SLUG -> slug(faker.book().title());
            case CODE -> code(max);
            case COLOR -> max < 12 && max >= 7 ? String.format(Locale.ROOT, "#%06x", random.nextInt(1 << 24)) : faker.color().name();
            case JOB_TITLE -> faker.job().title();
            case DEPARTMENT -> faker.job().field();
            case WORD -> faker.company().buzzword().toLowerCase(Locale.ROOT);
            case SENTENCE -> sentence(faker.company().catchPhrase());
            case PARAGRAPH -> "We " + faker.company().bs() + ". " + sentence(faker.company().catchPhrase()) + " "
                    + sentence("Built to " + faker.company().bs());
            case TIER -> TIERS.get(random.nextInt(TIERS.size()));
            case BIO -> faker.job().title() + " at " + faker.company().name() + ". " + sentence(faker.company().catchPhrase());
            default -> null;
        };
    }

    private String email(int max) {
        String first = ascii(first());
        String last = ascii(last());
        String domain = EMAIL_DOMAINS.get(random.nextInt(EMAIL_DOMAINS.size()));
        String local = switch (random.nextInt(3)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + last;
            default -> first + last.charAt(0);
        };
        String s = local + "@" + domain;
        return s.length() <= max ? s : first.charAt(0) + last.substring(0, Math.min(last.length(), 3)) + "@" + domain;
    }

    private String phone(int max) {
        // North American numbers: area and exchange codes start with 2-9 (NANP), as libphonenumber expects.
        String area = (2 + random.nextInt(8)) + String.format(Locale.ROOT, "%02d", random.nextInt(100));
        String exchange = (2 + random.nextInt(8)) + String.format(Locale.ROOT, "%02d", random.nextInt(100));
        String line = String.format(Locale.ROOT, "%04d", random.nextInt(10000));
        if (max >= 14) return "(" + area + ") " + exchange + "-" + line;
        if (max >= 12) return area + "-" + exchange + "-" + line;
        return area + exchange + line;
    }

    private String code(int max) {
        var b = new StringBuilder();
        int letters = Math.min(3, Math.max(1, max / 3));
        for (int i = 0; i < letters; i++) b.append((char) ('A' + random.nextInt(26)));
        if (max > letters + 1) b.append('-');
        int digits = Math.min(6, max - b.length());
        for (int i = 0; i < digits; i++) b.append((char) ('0' + random.nextInt(10)));
        return b.toString();
    }

    /** The value made distinct for row {@code n} within {@code max} characters, or null when it cannot be. */
    static String distinct(Meaning m, String value, int n, int max) {
        if (m == Meaning.EMAIL) {
            int at = value.indexOf('@');
            String local = value.substring(0, at) + n;
            String s = local + value.substring(at);
            return TextLength.of(s) <= max ? s : null;
        }
        String suffix = m == Meaning.CODE || m == Meaning.SLUG || m == Meaning.USERNAME || m == Meaning.DOMAIN
                ? "-" + n : m == Meaning.URL || m == Meaning.IMAGE_URL ? "?v=" + n : " " + n;
        if (suffix.length() >= max) return null;
        String base = TextLength.prefix(value, max - suffix.length()).strip();
        return base + suffix;
    }

    /** Lower-case ASCII letters only, as an e-mail local part or user name takes them. */
    static String ascii(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
        return s.isEmpty() ? "user" : s;
    }

    static String slug(String s) {
        String out = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return out.isEmpty() ? "item" : out;
    }

    private static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) return t;
        return Character.toUpperCase(t.charAt(0)) + t.substring(1) + (t.endsWith(".") ? "" : ".");
    }
}
