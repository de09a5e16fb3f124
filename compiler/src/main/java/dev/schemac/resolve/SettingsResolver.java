package dev.schemac.resolve;

import dev.schemac.ast.SchemaDecl;
import dev.schemac.ast.Setting;
import dev.schemac.ast.Value;
import dev.schemac.diag.Diagnostics;
import dev.schemac.diag.Messages;
import dev.schemac.model.Dialect;
import dev.schemac.model.IdStrategy;
import dev.schemac.model.Naming;
import dev.schemac.model.Settings;
import dev.schemac.render.files.FileNames;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The schema header: known keys only, each value of its kind, defaults for the rest. */
final class SettingsResolver {
    static final List<String> KEYS = List.of("title", "feature", "dialect", "ids", "timestamps", "naming", "strict",
            "severity");

    private final Diagnostics diags;

    SettingsResolver(Diagnostics diags) { this.diags = diags; }

    Settings resolve(SchemaDecl decl) {
        Settings d = Settings.defaults();
        if (decl == null) return d;
        String title = null;
        String feature = null;
        Dialect dialect = d.dialect();
        IdStrategy ids = d.ids();
        boolean timestamps = d.timestamps();
        Naming naming = d.naming();
        boolean strict = false;
        Map<String, String> severities = new LinkedHashMap<>();
        var seen = new HashMap<String, Setting>();
        for (Setting s : decl.settings()) {
            String key = s.key().text();
            if (!KEYS.contains(key)) {
                diags.add(Messages.unknownSetting(s.key().span(), key, Suggest.closest(key, KEYS)));
                continue;
            }
            Setting first = seen.putIfAbsent(key, s);
            if (first != null) {
                diags.add(Messages.duplicateSetting(s.key().span(), key, first.key().span()));
                continue;
            }
            Value v = s.value();
            switch (key) {
                case "title" -> title = string(s, "a string, e.g. \"Shop\"");
                case "feature" -> {
                    feature = string(s, "a string, e.g. \"001_checkout\"");
                    if (feature != null && !FileNames.isSafe(feature)) {
                        diags.add(Messages.badSettingValue(v.span(), key, "letters, digits, `_`, `-` and `.` only, starting "
                                + "with a letter or digit, at most " + FileNames.MAX + " characters: it becomes part of a file name"));
                        feature = null;
                    }
                }
                case "dialect" -> dialect = word(s, "sqlite, postgres or mysql")
                        .flatMap(Dialect::byId).orElseGet(() -> bad(s, "sqlite, postgres or mysql", d.dialect()));
                case "ids" -> ids = switch (word(s, "").orElse("")) {
                    case "autoincrement" -> IdStrategy.AUTOINCREMENT;
                    case "uuid" -> IdStrategy.UUID;
                    default -> bad(s, "autoincrement or uuid", d.ids());
                };
                case "timestamps" -> timestamps = bool(s, d.timestamps());
                case "strict" -> strict = bool(s, false);
                case "naming" -> naming = switch (word(s, "").orElse("")) {
                    case "snake_plural" -> Naming.SNAKE_PLURAL;
                    case "snake" -> Naming.SNAKE;
                    case "preserve" -> Naming.PRESERVE;
                    default -> bad(s, "snake_plural, snake or preserve", d.naming());
                };
                case "severity" -> severities = severities(s);
                default -> throw new IllegalStateException(key);
            }
        }
        return new Settings(decl.span(), decl.name().text(), decl.doc(), title, feature, dialect, ids, timestamps,
                naming, strict, severities);
    }

    private String string(Setting s, String expected) {
        if (s.value() instanceof Value.Str str) return str.value();
        diags.add(Messages.badSettingValue(s.value().span(), s.key().text(), expected));
        return null;
    }

    private java.util.Optional<String> word(Setting s, String expected) {
        if (s.value() instanceof Value.Ref r && r.parts().size() == 1) return java.util.Optional.of(r.text());
        if (s.value() instanceof Value.Str str) return java.util.Optional.of(str.value());
        return java.util.Optional.empty();
    }

    private <T> T bad(Setting s, String expected, T fallback) {
        diags.add(Messages.badSettingValue(s.value().span(), s.key().text(), expected));
        return fallback;
    }

    private boolean bool(Setting s, boolean fallback) {
        var w = word(s, "");
        if (w.isPresent() && (w.get().equals("true") || w.get().equals("false"))) return w.get().equals("true");
        return bad(s, "true or false", fallback);
    }

    /** {@code severity = ["SC701=error", "SC601=off"]}: rule codes mapped to error, warning, info or off. */
    private Map<String, String> severities(Setting s) {
        var out = new LinkedHashMap<String, String>();
        String expected = "a list of \"CODE=error|warning|info|off\" strings";
        if (!(s.value() instanceof Value.ListOf list)) {
            diags.add(Messages.badSettingValue(s.value().span(), "severity", expected));
            return out;
        }
        for (Value item : list.items()) {
            if (item instanceof Value.Str str && str.value().matches("[A-Za-z]+[0-9]+=(error|warning|info|off)")) {
                String[] kv = str.value().split("=");
                out.put(kv[0].toUpperCase(Locale.ROOT), kv[1]);
            } else {
                diags.add(Messages.badSettingValue(item.span(), "severity", expected));
            }
        }
        return out;
    }
}
