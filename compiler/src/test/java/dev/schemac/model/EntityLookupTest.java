package dev.schemac.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemac.support.Models;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLookupTest {
    private static final String TEXT = """
            entity User {
              name       string
              deleted_at datetime?
              orders     Order[]
              profile    Profile?
            }
            entity Profile {
              user User @unique
            }
            entity Order {
              user     User
              reviewer User? @relation("review")
              total    int
            }
            """;

    private static Model model() {
        return Models.clean(TEXT).model();
    }

    @Test
    void answersAsAScanOfTheFieldsWould() {
        for (Entity e : model().entities()) {
            for (Field f : e.fields()) {
                assertThat(e.field(f.name())).containsSame(f);
                assertThat(e.requireField(f.name())).isSameAs(f);
            }
            assertThat(e.field("nothing")).isEmpty();
            assertThat(e.storedFields()).isEqualTo(e.fields().stream().filter(Field::isStored).toList());
            assertThat(e.relationFields()).isEqualTo(e.fields().stream().filter(f -> f.relation() != null).toList());
        }
        assertThat(model().requireEntity("User").softDelete()).map(Field::name).contains("deleted_at");
        assertThat(model().requireEntity("Order").softDelete()).isEmpty();
        assertThatThrownBy(() -> model().requireEntity("Order").requireField("nothing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Order has no field nothing");
    }

    @Test
    void theFirstFieldOfANameIsTheOneFound() {
        Entity user = model().requireEntity("User");
        Field name = user.requireField("name");
        var fields = new ArrayList<>(user.fields());
        fields.add(name.toBuilder().doc("a second one").build());
        Entity twice = user.toBuilder().fields(fields).build();
        assertThat(twice.field("name")).containsSame(name);
    }

    @Test
    void equalityAndHashAreTheContentsAlone() {
        // Spans belong to one reading of the source, so both entities come from one compilation.
        Entity a = model().requireEntity("Order");
        Entity b = a.toBuilder().fields(new ArrayList<>(a.fields())).build();
        assertThat(a.lookup()).isNotSameAs(b.lookup());
        assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
        Entity fewer = a.toBuilder().fields(List.of(a.requireField("total"))).build();
        assertThat(fewer).isNotEqualTo(a);
        assertThat(fewer.field("user")).isEmpty();
    }
}
