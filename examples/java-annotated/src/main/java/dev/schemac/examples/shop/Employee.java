package dev.schemac.examples.shop;

import dev.schemac.annotations.Action;
import dev.schemac.annotations.Column;
import dev.schemac.annotations.Entity;
import dev.schemac.annotations.OnDelete;
import dev.schemac.annotations.Relation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Entity
public class Employee {
    @Column(length = 100)
    private String name = "";

    @Relation("reports") @OnDelete(Action.SET_NULL)
    private @Nullable Employee manager;

    @Relation("reports")
    private List<Employee> reports = new ArrayList<>();

    public String getName() {
        return name;
    }

    public @Nullable Employee getManager() {
        return manager;
    }

    public List<Employee> getReports() {
        return reports;
    }
}
