package dev.schemac.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.schemac.catalog.Catalog;
import dev.schemac.compile.Compiler;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The values for typical field names are realistic and follow the model: e-mail addresses
 * and URLs parse, phone numbers are valid numbers, currencies and countries are ISO codes,
 * amounts and dates sit where their checks and their related columns put them, few rows
 * are soft-deleted, enum values spread, uniques stay unique, patterns match, and the same
 * seed gives the same rows.
 */
class SampleValuesTest {
    static final String MODEL = """
            schema store {
              dialect = postgres
            }

            enum Status {
              DRAFT
              ACTIVE
              PAUSED
              CLOSED
            }

            entity Customer {
              email        string(255) @unique
              name         string(100)
              first_name   string(50)
              last_name    string(50)
              phone        string(20)?
              company      string(120)?
              website      string(200)?
              avatar_url   string(300)?
              street       string(200)
              city         string(100)
              state        string(2)
              zip          string(10)
              country      string(2)
              currency     char(3)
              birth_date   date?
              deleted_at   datetime?
              handle       string(30) @unique @pattern("[a-z][a-z0-9_]{2,29}")
              status       Status
              orders       Order[]
            }

            entity Product {
              sku      string(20)     @unique
              name     string(200)
              price    decimal(10, 2) @check(> 0) @max(10000)
              discount decimal(10, 2) @check(>= 0)
              quantity int            @min(1) @max(50)
              @@check(discount <= price)
            }

            entity Order {
              customer  Customer
              total     decimal(12, 2) @check(>= 0)
              starts_at datetime
              ends_at   datetime
              @@check(ends_at > starts_at)
            }
            """;

    static Catalog catalog;

    @BeforeAll
    static void compile() throws Exception {
        var file = Files.createTempDirectory("schemac-values").resolve("store.schema");
        Files.writeString(file, MODEL);
        var c = Compiler.compile(List.of(file));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        catalog = c.catalog();
    }

    static Map<String, List<Map<String, Object>>> sample(long seed, int rows) {
        var data = new SampleData(catalog, seed, rows, "20250601120000");
        var out = data.generate().stream().collect(Collectors.toMap(s -> s.table().name(), SampleRows::settled));
        assertThat(data.shortfalls()).isEmpty();
        return out;
    }

    static List<Object> column(List<Map<String, Object>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }

    @Test
    void typicalFieldsHoldRealisticValues() throws Exception {
        var rows = sample(11, 60);
        var customers = rows.get("customers");
        var phones = PhoneNumberUtil.getInstance();
        var isoCountries = Set.of(Locale.getISOCountries());
        var names = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+)+");
        for (var c : customers) {
            String email = (String) c.get("email");
            assertThat(email).matches("[a-z0-9.]+@example\\.(com|org|net)");
            assertThat(URI.create("mailto:" + email).getSchemeSpecificPart()).isEqualTo(email);
            assertThat((String) c.get("name")).matches(names);
            assertThat((String) c.get("first_name")).matches("\\p{Lu}[\\p{L}'’ .-]*");
            assertThat((String) c.get("last_name")).matches("\\p{Lu}[\\p{L}'’ .-]*");
            if (c.get("phone") != null) {
                var number = phones.parse((String) c.get("phone"), "US");
                assertThat(phones.isPossibleNumber(number)).as("%s", c.get("phone")).isTrue();
            }
            if (c.get("website") != null) {
                URI u = URI.create((String) c.get("website"));
                assertThat(u.getScheme()).isEqualTo("https");
                assertThat(u.getHost()).contains(".");
            }
            if (c.get("avatar_url") != null) assertThat(URI.create((String) c.get("avatar_url")).getHost()).contains(".");
            assertThat((String) c.get("street")).matches("\\d+ .+");
            assertThat((String) c.get("state")).matches("[A-Z]{2}");
            assertThat((String) c.get("zip")).matches("\\d{5}(-\\d{4})?");
            assertThat(isoCountries).contains((String) c.get("country"));
            assertThat(Currency.getInstance((String) c.get("currency")).getCurrencyCode()).isEqualTo(c.get("currency"));
            if (c.get("birth_date") != null) {
                var born = (LocalDate) c.get("birth_date");
                assertThat(born).isBetween(LocalDate.of(1940, 1, 1), LocalDate.of(2007, 6, 1));
            }
            assertThat((String) c.get("handle")).matches("[a-z][a-z0-9_]{2,29}");
            assertThat(c.get("company") == null || ((String) c.get("company")).matches(".*[A-Za-z].*")).isTrue();
        }
        // An e-mail address names the same person as the row's name.
        long agreeing = customers.stream().filter(c -> ((String) c.get("email")).contains(
                Realistic.ascii(((String) c.get("first_name"))))).count();
        assertThat(agreeing).as("e-mail addresses built from the row's person").isGreaterThan(customers.size() / 3);
        assertThat(new HashSet<>(column(customers, "email"))).hasSize(customers.size());
        assertThat(new HashSet<>(column(customers, "handle"))).hasSize(customers.size());
    }

    @Test
    void fewRowsAreSoftDeletedAndEnumValuesSpread() {
        var customers = sample(5, 60).get("customers");
        long deleted = customers.stream().filter(c -> c.get("deleted_at") != null).count();
        assertThat(deleted).as("soft-deleted customers").isBetween(1L, 15L);
        var statuses = column(customers, "status").stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(statuses.keySet()).containsExactlyInAnyOrder("DRAFT", "ACTIVE", "PAUSED", "CLOSED");
        assertThat(statuses.values()).allMatch(n -> n >= 10 && n <= 20);
        for (int rows = 1; rows <= 9; rows++) {
            long few = sample(5, rows).get("customers").stream().filter(c -> c.get("deleted_at") != null).count();
            // Every fifth row, or the last of three or four so that the column shows a value.
            assertThat(few).as("soft-deleted of %s customers", rows).isEqualTo(rows < 3 ? 0 : Math.max(1, rows / 5));
        }
        var few = sample(5, 4).get("customers");
        assertThat(new HashSet<>(column(few, "status"))).as("four rows, four statuses").hasSize(4);
    }

    @Test
    void relatedAmountsAndDatesAgree() {
        var rows = sample(3, 80);
        for (var p : rows.get("products")) {
            var price = (BigDecimal) p.get("price");
            var discount = (BigDecimal) p.get("discount");
            assertThat(price).isGreaterThan(BigDecimal.ZERO).isLessThanOrEqualTo(new BigDecimal("10000"));
            assertThat(price.scale()).isEqualTo(2);
            assertThat(discount).isBetween(BigDecimal.ZERO, price);
            assertThat((Long) p.get("quantity")).isBetween(1L, 50L);
            assertThat((String) p.get("sku")).matches("[A-Z]{3}-\\d+");
        }
        var base = LocalDateTime.of(2025, 6, 1, 12, 0);
        for (var o : rows.get("orders")) {
            var starts = (LocalDateTime) o.get("starts_at");
            var ends = (LocalDateTime) o.get("ends_at");
            assertThat(ends).isAfter(starts).isBeforeOrEqualTo(starts.plusDays(14));
            assertThat(starts).isBetween(base.minusDays(61), base.plusDays(61));
            var created = (LocalDateTime) o.get("created_at");
            var updated = (LocalDateTime) o.get("updated_at");
            assertThat(created).isBetween(base.minusDays(366), base);
            assertThat(updated).isAfterOrEqualTo(created);
        }
        var customers = rows.get("customers").stream().collect(Collectors.toMap(c -> c.get("id"), c -> c));
        for (var o : rows.get("orders")) {
            var customer = customers.get(o.get("customer_id"));
            assertThat((LocalDateTime) o.get("created_at")).as("an order is placed after its customer signed up")
                    .isAfterOrEqualTo((LocalDateTime) customer.get("created_at"));
        }
        var created = column(rows.get("orders"), "created_at");
        assertThat(created).as("rows are created oldest first").isSortedAccordingTo((a, b) -> ((LocalDateTime) a).compareTo((LocalDateTime) b));
    }

    @Test
    void theSameSeedGivesTheSameRowsAnotherSeedOthers() {
        assertThat(sample(7, 10).toString()).isEqualTo(sample(7, 10).toString());
        assertThat(sample(7, 10).toString()).isNotEqualTo(sample(8, 10).toString());
    }

    @Test
    void moreRowsFitBesideTheSeededOnes() {
        var data = new SampleData(catalog, 9, 5, "20250601120000");
        var first = data.generate();
        var more = data.more(2);
        for (int i = 0; i < first.size(); i++) {
            var table = first.get(i).table();
            assertThat(more.get(i).rows()).as("extra rows of %s", table.name()).hasSize(2);
            for (var extra : more.get(i).rows()) {
                if (table.column("id").map(c -> c.autoIncrement()).orElse(false)) assertThat(extra.get("id")).isNull();
                for (var u : table.uniques()) {
                    var used = first.get(i).rows().stream().map(r -> u.columns().stream().map(r::get).toList()).toList();
                    assertThat(used).doesNotContain(u.columns().stream().map(extra::get).toList());
                }
            }
        }
    }
}
