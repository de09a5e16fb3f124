package dev.schemac.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemac.model.DefaultValue;
import dev.schemac.model.Entity;
import dev.schemac.model.Field;
import dev.schemac.model.FieldType;
import dev.schemac.model.Origin;
import dev.schemac.model.ReferentialAction;
import dev.schemac.model.Relation.Kind;
import dev.schemac.model.ScalarKind;
import dev.schemac.support.Models;
import org.junit.jupiter.api.Test;

class ResolverTest {

    static Entity entity(String text, String name) {
        return Models.clean(text).model().requireEntity(name);
    }

    @Test
    void implicitKeyAndTimestampsAreRealFieldsInOutputOrder() {
        Entity e = entity("""
                mixin SoftDelete {
                  deleted_at datetime?
                }
                entity User with SoftDelete {
                  name string(100)
                }
                """, "User");
        assertThat(e.fields()).extracting(Field::name).containsExactly("id", "name", "deleted_at", "created_at", "updated_at");
        assertThat(e.fields()).extracting(Field::origin)
                .containsExactly(Origin.IMPLICIT, Origin.DECLARED, Origin.MIXIN, Origin.IMPLICIT, Origin.IMPLICIT);
        assertThat(e.primaryKey()).containsExactly("id");
        Field id = e.requireField("id");
        assertThat(id.auto()).isTrue();
        assertThat(id.type()).isEqualTo(FieldType.Scalar.of(ScalarKind.INT));
        assertThat(e.requireField("updated_at").updatedAt()).isTrue();
        assertThat(e.requireField("created_at").defaultValue()).isEqualTo(new DefaultValue.Now());
    }

    @Test
    void uuidIdsAndOptingOutOfTimestamps() {
        Entity e = entity("""
                schema s {
                  ids = uuid
                }
                entity Token {
                  created_at datetime
                  @@timestamps(false)
                }
                """, "Token");
        assertThat(e.fields()).extracting(Field::name).containsExactly("id", "created_at");
        assertThat(e.requireField("id").defaultValue()).isEqualTo(new DefaultValue.Uuid());
        assertThat(e.requireField("created_at").defaultValue()).isNull();
    }

    @Test
    void aDeclaredTimestampReplacesTheImplicitOne() {
        Entity e = entity("entity Event {\n  created_at date\n}\n", "Event");
        assertThat(e.fields()).extracting(Field::name).containsExactly("id", "created_at", "updated_at");
        assertThat(e.requireField("created_at").type()).isEqualTo(FieldType.Scalar.of(ScalarKind.DATE));
    }

    @Test
    void relationKindsAndDefaultActions() {
        var m = Models.clean("""
                entity User {
                  profile  Profile?
                  orders   Order[]
                  groups   Group[]
                }
                entity Profile {
                  user User @unique
                }
                entity Order {
                  user     User
                  reviewer User? @relation("review")
                }
                entity Group {
                  members User[]
                }
                """).model();
        var user = m.requireEntity("User");
        assertThat(user.requireField("profile").relation().kind()).isEqualTo(Kind.ONE_TO_ONE_BACK);
        assertThat(user.requireField("orders").relation().kind()).isEqualTo(Kind.ONE_TO_MANY);
        assertThat(user.requireField("orders").relation().inverse()).isEqualTo("user");
        assertThat(user.requireField("groups").relation().kind()).isEqualTo(Kind.MANY_TO_MANY);
        var profile = m.requireEntity("Profile").requireField("user").relation();
        assertThat(profile.kind()).isEqualTo(Kind.ONE_TO_ONE);
        assertThat(profile.inverse()).isEqualTo("profile");
        var order = m.requireEntity("Order");
        assertThat(order.requireField("user").relation().onDelete()).isEqualTo(ReferentialAction.RESTRICT);
        assertThat(order.requireField("user").relation().onUpdate()).isEqualTo(ReferentialAction.CASCADE);
        var reviewer = order.requireField("reviewer").relation();
        assertThat(reviewer.kind()).isEqualTo(Kind.MANY_TO_ONE);
        assertThat(reviewer.inverse()).isNull();
        assertThat(reviewer.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
    }

    @Test
    void selfRelationsPairByName() {
        var e = entity("""
                entity Employee {
                  manager Employee?  @relation("reports") @on_delete(set_null)
                  reports Employee[] @relation("reports")
                }
                """, "Employee");
        assertThat(e.requireField("manager").relation().inverse()).isEqualTo("reports");
        assertThat(e.requireField("reports").relation().inverse()).isEqualTo("manager");
    }

    @Test
    void enumDefaultsAndMappedValues() {
        var m = Models.clean("""
                enum Status {
                  OPEN
                  DONE @map("done")
                }
                entity Task {
                  status Status = DONE
                }
                """).model();
        assertThat(m.requireEntity("Task").requireField("status").defaultValue())
                .isEqualTo(new DefaultValue.EnumValue("DONE"));
        assertThat(m.enumType("Status").orElseThrow().values().get(1).dbValue()).isEqualTo("done");
    }

    @Test
    void docCommentsAttachToTheNextDeclaration() {
        var m = Models.clean("""
                /// The users.
                /// Two lines.
                entity User {
                  // not a doc comment
                  /// The address.
                  email string(255)
                }
                """).model();
        var user = m.requireEntity("User");
        assertThat(user.doc()).isEqualTo("The users.\nTwo lines.");
        assertThat(user.requireField("email").doc()).isEqualTo("The address.");
        assertThat(user.requireField("id").doc()).isNull();
    }

    @Test
    void keywordsAreFieldNames() {
        var e = entity("""
                entity Thing {
                  entity string(10)
                  with   int
                  import bool
                  order  int
                }
                """, "Thing");
        assertThat(e.fields()).extracting(Field::name).contains("entity", "with", "import", "order");
    }

    @Test
    void importsLoadEachFileOnceAndCyclesAreFine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("a.schema"), "import \"b.schema\"\nentity A {\n  b B\n}\n");
        java.nio.file.Files.writeString(dir.resolve("b.schema"), "import \"a.schema\"\nimport \"./a.schema\"\nentity B {\n  x int\n}\n");
        var c = dev.schemac.compile.Compiler.compile(java.util.List.of(dir.resolve("a.schema")));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        assertThat(c.model().entities()).extracting(Entity::name).containsExactly("A", "B");
    }
}
