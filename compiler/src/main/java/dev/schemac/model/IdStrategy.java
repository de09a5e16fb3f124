package dev.schemac.model;

/** How implicit primary keys are made: {@code int @id @auto} or {@code uuid @id = uuid()}. */
public enum IdStrategy { AUTOINCREMENT, UUID }
