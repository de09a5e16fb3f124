package dev.schemac.gen.prisma;

import dev.schemac.catalog.Catalog;
import dev.schemac.catalog.EnumDef;
import dev.schemac.catalog.Table;
import dev.schemac.model.Dialect;
import dev.schemac.model.EnumMember;
import dev.schemac.model.EnumType;
import dev.schemac.model.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a compiled model as one {@code schema.prisma} for a provider: the header (what
 * Prisma cannot express), the datasource and generator, the enums and one model per
 * Catalog table, in Catalog order.
 */
final class PrismaSchema {
    private PrismaSchema() {}

    /** Where {@code prisma generate} writes the client, relative to the schema. */
    static final String CLIENT_OUTPUT = "./client";

    static String render(Model model, Catalog catalog, Dialect dialect) {
        PrismaProvider provider = PrismaProvider.of(dialect);
        var names = new PrismaNames(model, catalog);
        var blocks = new ModelBlocks(model, names, provider);
        var parts = new ArrayList<String>();
        parts.add(Header.of(model, catalog, provider));
        // Prisma 7 rejects `url` here: the connection belongs in prisma.config.ts.
        parts.add("datasource db {\n  provider = " + Psl.string(provider.id()) + "\n}\n");
        // Prisma 7's TypeScript client, written beside the schema (prisma/client/client.ts) rather than into node_modules.
        parts.add("generator client {\n  provider = \"prisma-client\"\n  output   = " + Psl.string(CLIENT_OUTPUT) + "\n}\n");
        if (ModelBlocks.anyPartialIndex(catalog, provider)) parts.set(parts.size() - 1, withPreviewFeature(parts.get(parts.size() - 1)));
        for (EnumDef e : catalog.enums()) parts.add(BlockPrinter.print(enumBlock(model, names, e)));
        for (Table t : catalog.tables()) parts.add(BlockPrinter.print(blocks.of(t)));
        return String.join("\n", parts);
    }

    /**
     * The generator block with {@code previewFeatures = ["partialIndexes"]} added as its last
     * setting, every {@code =} aligned as {@code prisma format} aligns them.
     */
    static String withPreviewFeature(String generator) {
        var lines = new ArrayList<>(List.of(generator.split("\n")));
        lines.add(lines.size() - 1, "  previewFeatures = [" + Psl.string(ModelBlocks.PARTIAL_INDEXES) + "]");
        int width = lines.stream().filter(l -> l.contains(" = ")).mapToInt(l -> l.indexOf(" = ")).max().orElseThrow();
        var b = new StringBuilder();
        for (String l : lines) {
            int eq = l.indexOf(" = ");
            b.append(eq < 0 ? l : l.substring(0, eq) + " ".repeat(width - eq) + l.substring(eq)).append('\n');
        }
        return b.toString();
    }

    private static Block enumBlock(Model model, PrismaNames names, EnumDef e) {
        EnumType type = model.enumType(e.name()).orElseThrow();
        var lines = new ArrayList<Block.Line>();
        var valueNames = Identifiers.enumValues(type);
        for (EnumMember v : type.values()) {
            String value = valueNames.get(v.name());
            List<String> attrs = v.dbValue().equals(value) ? List.of() : List.of("@map(" + Psl.string(v.dbValue()) + ")");
            lines.add(new Block.Member(Docs.of(v.doc()), value, null, attrs));
        }
        String name = names.enumName(e.name());
        List<String> attrs = name.equals(e.typeName()) ? List.of() : List.of("@@map(" + Psl.string(e.typeName()) + ")");
        return new Block(Docs.of(e.doc()), "enum", name, lines, attrs);
    }
}
