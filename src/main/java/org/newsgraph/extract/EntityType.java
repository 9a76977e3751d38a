package org.newsgraph.extract;

import java.util.Locale;

/** The entity types the graph distinguishes; each maps to one ontology class of the same name. */
public enum EntityType {
    Person, Country, Organization, Company, GovernmentBody, Group, City, Region, Facility;

    /** Agents can act in events (be an actor or a target); places only host them. */
    public boolean isAgent() {
        return this != City && this != Region && this != Facility;
    }

    /** A body of people that acts as one: organisations, companies, government bodies, groups (not people, not states). */
    public boolean isCollective() {
        return this == Organization || this == Company || this == GovernmentBody || this == Group;
    }

    public boolean isPlace() {
        return this == Country || !isAgent();
    }

    /**
     * Is this type the named class or one of its subclasses? Class names are those of the
     * ontology: Entity, Agent, Place, Organization and the types themselves.
     */
    public boolean isA(String className) {
        return switch (className) {
            case "Entity" -> true;
            case "Agent" -> isAgent();
            case "Place" -> isPlace();
            case "Organization" -> this == Organization || this == Company || this == GovernmentBody;
            default -> name().equals(className);
        };
    }

    /** Parses a type name from a data file, case-insensitively; null for an unknown name. */
    public static EntityType parse(String name) {
        if (name == null) return null;
        for (EntityType t : values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT))) return t;
        }
        return null;
    }
}
