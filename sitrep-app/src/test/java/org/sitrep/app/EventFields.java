package org.sitrep.app;

/** JSON pointers into an event as EventJson writes it. */
final class EventFields {

    static final String CAMEO_CODE = "/cameo_code";
    static final String SOURCE_CODE = "/source/code";
    static final String TARGET_CODE = "/target/code";
    static final String DATE = "/date";

    private EventFields() {
    }
}
