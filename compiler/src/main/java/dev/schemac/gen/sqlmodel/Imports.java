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
    boolean mysql;
    boolean relationship;
    boolean enumModule;
    boolean utcNow;
    boolean dialectCheck;
    boolean uuidText;
    boolean newUuid;
    boolean instantSql;
    boolean awareDatetime;
    boolean utcDateTime;
    boolean modelValidator;
    boolean columnsInOrder;
    boolean json;

    /** Notes the modules an annotation from the type table names. */
    void annotation(String python) {
        if (python.startsWith("datetime.")) datetime = true;
        if (python.startsWith("uuid.")) uuid = true;
        if (python.equals("Decimal")) decimal = true;
        if (python.equals("Any")) any = true;
        if (python.equals("AwareDatetime")) awareDatetime = true;
    }

    String render() {
        if (utcNow || utcDateTime) datetime = true;
        if (uuidText) uuid = true;
        var std = new ArrayList<String>();
        if (datetime) std.add("import datetime");
        if (enumModule) std.add("import enum");
        std.add("import functools");
        if (json) std.add("import json");
        std.add("import os");
        if (uuid) std.add("import uuid");
        var abc = new ArrayList<String>();
        if (columnsInOrder) abc.add("Callable");
        abc.add("Iterator");
        std.add("from collections.abc import " + String.join(", ", abc));
        if (decimal) std.add("from decimal import Decimal");
        var typing = new ArrayList<String>();
        // The connection hook takes DB-API objects, which have no types.
        typing.add("Any");
        if (optional) typing.add("Optional");
        if (modelValidator) typing.add("Self");
        std.add("from typing import " + String.join(", ", typing));
        // sqlmodel.Session by its module: a model's entity is often called Session.
        var third = new ArrayList<String>(List.of("import sqlalchemy as sa", "import sqlmodel"));
        var pydantic = new ArrayList<String>();
        if (awareDatetime) pydantic.add("AwareDatetime");
        if (modelValidator) pydantic.add("model_validator");
        if (!pydantic.isEmpty()) third.add("from pydantic import " + String.join(", ", pydantic));
        var dialects = new ArrayList<String>();
        if (utcDateTime || mysql) dialects.add("mysql");
        if (postgresql) dialects.add("postgresql");
        if (!dialects.isEmpty()) third.add("from sqlalchemy.dialects import " + String.join(", ", dialects));
        var sqlmodel = new ArrayList<String>(List.of("Field"));
        if (relationship) sqlmodel.add("Relationship");
        sqlmodel.add("SQLModel");
        sqlmodel.add("create_engine");
        third.add("from sqlmodel import " + String.join(", ", sqlmodel));
        return String.join("\n", std) + "\n\n" + String.join("\n", third) + "\n";
    }
}
