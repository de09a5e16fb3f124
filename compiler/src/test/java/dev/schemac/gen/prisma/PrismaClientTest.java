package dev.schemac.gen.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemac.compile.Compilation;
import dev.schemac.gen.TargetOptions;
import dev.schemac.gen.Targets;
import dev.schemac.testing.Engines;
import dev.schemac.testing.NodeHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prisma 7's own CLI runs {@code prisma generate} on the generated schema.prisma and
 * prisma.config.ts, offline, with the {@code prisma-client} generator; then TypeScript's
 * {@code tsc} type-checks, against the client it wrote, a file that creates a row of every
 * model, reads every field with its type and includes every relation (written from the
 * schema's DMMF, as a developer would write it), and the config file itself.
 *
 * <p>The CLI insists on fetching a native schema engine before {@code generate}, which it does
 * not use for it (the client is generated from the wasm DMMF, and Prisma 7's client needs no
 * engine): the download cannot work offline, so {@code PRISMA_SCHEMA_ENGINE_BINARY} names a
 * stub that fails, and leaves a mark, if anything ever runs it. The test asserts it never ran.
 */
class PrismaClientTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return ParityModels.all().stream().map(p -> Arguments.of(ParityModels.name(p), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void prismaGeneratesTheClientOfflineAndTscAcceptsAnAppUsingEveryModel(String name, Path schema) throws Exception {
        Path project = project(ParityModels.compile(schema));
        String text = Files.readString(project.resolve("prisma/schema.prisma"));
        // The generator block aligns its '=' signs, so the spacing depends on the longest key present.
        assertThat(text).containsPattern("provider\\s+= \"prisma-client\"").containsPattern("output\\s+= \"\\./client\"")
                .doesNotContain("prisma-client-js");
        generate(project);
        JsonNode dmmf = NodeHarness.get().callWithStdin(text, "prisma-dmmf", "-").get("datamodel");
        Files.writeString(project.resolve("app.ts"), App.of(dmmf));
        Run tsc = tsc(project);
        assertThat(tsc.code()).as("tsc on app.ts and prisma.config.ts:\n%s", tsc.output()).isZero();
    }

    /** tsc's judgement can fail: a field the model does not have is an error. */
    @Test
    void tscRejectsAFieldTheClientDoesNotHave() throws Exception {
        Path shop = ParityModels.all().stream().filter(p -> ParityModels.name(p).equals("shop")).findFirst().orElseThrow();
        Path project = project(ParityModels.compile(shop));
        generate(project);
        Files.writeString(project.resolve("app.ts"), """
                import { PrismaClient } from "./prisma/client/client.ts";

                export async function misspelled(prisma: PrismaClient): Promise<void> {
                  await prisma.user.findMany({ where: { emial: "a@example.com" } });
                }
                """);
        Run tsc = tsc(project);
        assertThat(tsc.code()).isNotZero();
        assertThat(tsc.output()).contains("app.ts").contains("emial");
    }

    private Path project(Compilation c) throws IOException {
        var files = Targets.run(c, List.of(Targets.byName("prisma").orElseThrow()), TargetOptions.defaults()).files();
        Path project = Files.createDirectories(tmp.resolve("project"));
        for (var f : files.entrySet()) {
            Path p = project.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        Files.createSymbolicLink(project.resolve("node_modules"), Engines.nodeTools().resolve("node_modules").toAbsolutePath());
        Files.writeString(project.resolve("tsconfig.json"), """
                {
                  "compilerOptions": {
                    "target": "ES2022", "module": "ESNext", "moduleResolution": "bundler", "strict": true,
                    "noEmit": true, "allowImportingTsExtensions": true, "skipLibCheck": true, "types": ["node"]
                  },
                  "files": ["app.ts", "prisma.config.ts"]
                }
                """);
        return project;
    }

    private void generate(Path project) throws Exception {
        Path mark = project.resolve("schema-engine-ran");
        Path stub = Files.writeString(tmp.resolve("schema-engine-stub"),
                "#!/bin/sh\necho \"$@\" >> '" + mark + "'\necho 'schemac test: the schema engine must not run' >&2\nexit 1\n");
        stub.toFile().setExecutable(true);
        Run r = run(project, Map.of("PRISMA_SCHEMA_ENGINE_BINARY", stub.toString(), "CHECKPOINT_DISABLE", "1",
                "PRISMA_HIDE_UPDATE_MESSAGE", "1"), "node", "node_modules/prisma/build/index.js", "generate");
        assertThat(r.code()).as("prisma generate:\n%s", r.output()).isZero();
        assertThat(r.output()).contains("Generated Prisma Client (7.10.1) to ./prisma/client");
        assertThat(mark).as("the schema engine ran").doesNotExist();
        assertThat(project.resolve("prisma/client/client.ts")).exists();
    }

    private static Run tsc(Path project) throws Exception {
        return run(project, Map.of(), "node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.json");
    }

    record Run(int code, String output) {}

    private static Run run(Path dir, Map<String, String> env, String... cmd) throws Exception {
        var pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().remove("DATABASE_URL");
        pb.environment().putAll(env);
        Process p = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            try (var in = p.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", cmd) + " did not finish in 300 s");
        }
        return new Run(p.exitValue(), out.join());
    }

    /** A TypeScript file using every model of a DMMF through the generated client. */
    static final class App {
        private App() {}

        static String of(JsonNode datamodel) {
            var b = new StringBuilder("""
                    import { PrismaClient, Prisma } from "./prisma/client/client.ts";
                    import * as Models from "./prisma/client/client.ts";
                    """);
            for (JsonNode model : datamodel.get("models")) b.append(model(model, datamodel));
            return b.toString();
        }

        private static String model(JsonNode model, JsonNode datamodel) {
            String name = model.get("name").asText();
            String accessor = Character.toLowerCase(name.charAt(0)) + name.substring(1);
            var data = new ArrayList<String>();
            var reads = new ArrayList<String>();
            var includes = new ArrayList<String>();
            for (JsonNode f : model.get("fields")) {
                String field = f.get("name").asText();
                String kind = f.get("kind").asText();
                if (kind.equals("object")) {
                    includes.add(field + ": true");
                    continue;
                }
                String type = tsType(f, datamodel);
                reads.add("  const " + "r_" + field + ": " + type + " = created." + field + ";");
                boolean required = f.get("isRequired").asBoolean() && !f.get("hasDefaultValue").asBoolean()
                        && !f.get("isUpdatedAt").asBoolean();
                if (required) data.add(field + ": " + literal(f, datamodel));
            }
            var b = new StringBuilder("\nexport async function use" + name + "(prisma: PrismaClient): Promise<Models." + name + "> {\n");
            b.append("  const data: Prisma.").append(name).append("UncheckedCreateInput = { ").append(String.join(", ", data))
                    .append(" };\n");
            b.append("  const created: Models.").append(name).append(" = await prisma.").append(accessor).append(".create({ data });\n");
            for (String r : reads) b.append(r).append('\n');
            b.append("  const rows: Models.").append(name).append("[] = await prisma.").append(accessor)
                    .append(".findMany({ take: 10 });\n");
            if (!includes.isEmpty()) {
                b.append("  await prisma.").append(accessor).append(".findFirst({ include: { ").append(String.join(", ", includes))
                        .append(" } });\n");
            }
            b.append("  return rows[0] ?? created;\n}\n");
            return b.toString();
        }

        private static String tsType(JsonNode f, JsonNode datamodel) {
            String t = switch (f.get("type").asText()) {
                case "String" -> "string";
                case "Int", "Float" -> "number";
                case "BigInt" -> "bigint";
                case "Boolean" -> "boolean";
                case "DateTime" -> "Date";
                case "Decimal" -> "Prisma.Decimal";
                case "Json" -> "Prisma.JsonValue";
                case "Bytes" -> "Uint8Array";
                default -> "Models." + f.get("type").asText();
            };
            return f.get("isRequired").asBoolean() ? t : t + " | null";
        }

        private static String literal(JsonNode f, JsonNode datamodel) {
            return switch (f.get("type").asText()) {
                case "String" -> "\"x\"";
                case "Int" -> "1";
                case "Float" -> "1.5";
                case "BigInt" -> "1n";
                case "Boolean" -> "true";
                case "DateTime" -> "new Date()";
                case "Decimal" -> "new Prisma.Decimal(\"1.5\")";
                case "Json" -> "{ key: 1 }";
                case "Bytes" -> "new Uint8Array([1, 2])";
                default -> enumValue(f.get("type").asText(), datamodel);
            };
        }

        private static String enumValue(String enumName, JsonNode datamodel) {
            for (JsonNode e : datamodel.get("enums")) {
                if (e.get("name").asText().equals(enumName)) return "Models." + enumName + "." + e.get("values").get(0).get("name").asText();
            }
            throw new IllegalArgumentException("no enum " + enumName);
        }
    }
}
