package org.sitrep.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One thing a phrase of text can name.
 *
 * @param kind  what sort of entry
 * @param id    the entry's id in its file, such as {@code SYR}, {@code MIL} or {@code vladimir-putin}
 * @param name  a readable name
 * @param code  its CAMEO code: a country code for countries, an agent code for agents, the full code for
 *              organisations; for people, the code of their latest role (see {@link #codeOn})
 * @param weak  for agents: a title such as "spokesman" that gives its code only when no other agent term
 *              stands in the same phrase
 * @param roles for people: dated role spans, oldest first; empty otherwise
 */
public record DictionaryEntry(Kind kind, String id, String name, String code, boolean weak, List<Role> roles) {

    public enum Kind {
        /** A country's name or capital or metonym: the country (capital and metonyms mean its government). */
        COUNTRY,
        /** A country's adjective or demonym: "Syrian". */
        COUNTRY_ADJECTIVE,
        /** A capital or metonym standing for a government: "Damascus", "the Kremlin". */
        GOVERNMENT_METONYM,
        /** An agent noun, title or adjective: "army", "spokesman", "presidential". */
        AGENT,
        /** A named person. */
        PERSON,
        /** A named organisation with its own code. */
        ORGANIZATION
    }

    /** A person's role: a code held from one day to another, both inclusive; {@code until} null if ongoing. */
    public record Role(String code, LocalDate from, LocalDate until) {
        public Role {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(from, "from");
            if (until != null && until.isBefore(from)) {
                throw new IllegalArgumentException("role ends before it starts: " + from + ".." + until);
            }
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }
    }

    public DictionaryEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        roles = roles.stream().sorted(Comparator.comparing(Role::from)).toList();
    }

    /**
     * A person's code on a day: the role covering it; after the last role ends, the country as an elite
     * ({@code ELI}, CAMEO's agent for former officials); before the first, the country alone. Without a day,
     * the latest role.
     */
    public String codeOn(LocalDate day) {
        if (roles.isEmpty()) {
            return code;
        }
        if (day == null) {
            return roles.get(roles.size() - 1).code();
        }
        for (int i = roles.size() - 1; i >= 0; i--) {
            if (roles.get(i).covers(day)) {
                return roles.get(i).code();
            }
        }
        String country = roles.get(0).code().substring(0, 3);
        boolean afterSomeRole = roles.stream().anyMatch(r -> r.until() != null && day.isAfter(r.until()));
        return afterSomeRole ? country + "ELI" : country;
    }
}
