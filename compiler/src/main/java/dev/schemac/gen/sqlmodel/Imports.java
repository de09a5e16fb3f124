package dev.schemac.gen.sqlmodel;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rendered classes used, so the module imports exactly that (ruff rejects unused
 * imports), in isort's order: standard library, then third party.
 */
final class Imports {
    boolean datetime;
    boolean uuid;
    boolean decimal;
    boolean any;
    boolean optional;
    boolean postgresql;
    boolean relationship;
    boolean enumModule;
    boolean utcNow;
    boolean dialectCheck;
    boolean uuidText;
    boolean newUuid;

    /** Notes the modules an annotation from the type table names. */
    void annotation(String python) {
        if (python.startsWith("datetime.")) datetime = true;
        if (python.startsWith("uuid.")) uuid = true;
        if (python.equals("Decimal")) decimal = true;
        if (python.equals("Any")) any = true;
    }

    String render() {
        if (utcNow) datetime = true;
        if (uuidText) uuid = true;
        var std = new ArrayList<String>();
        if (datetime) std.add("import datetime");
        if (enumModule) std.add("import enum");
        std.add("import os");
        if (uuid) std.add("import uuid");
        if (decimal) std.add("from decimal import Decimal");
        var typing = new ArrayList<String>();
        // The SQLite foreign-key hook takes DB-API objects, which have no types.
        typing.add("Any");
        if (optional) typing.add("Optional");
        std.add("from typing import " + String.join(", ", typing));
        var third = new ArrayList<String>(List.of("import sqlalchemy as sa"));
        if (postgresql) third.add("from sqlalchemy.dialects import postgresql");
        var sqlmodel = new ArrayList<String>(List.of("Field"));
        if (relationship) sqlmodel.add("Relationship");
        sqlmodel.add("SQLModel");
        sqlmodel.add("create_engine");
        third.add("from sqlmodel import " + String.join(", ", sqlmodel));
        return String.join("\n", std) + "\n\n" + String.join("\n", third) + "\n";
    }
}
