package io.boneregistry.cohort;

import java.util.List;

/** A treating centre and its three operators. */
record Centre(String id, List<String> operators) {

    static final List<Centre> ALL = List.of(
            new Centre("IT-BO-01", List.of("OP-BO-1", "OP-BO-2", "OP-BO-3")),
            new Centre("IT-MI-02", List.of("OP-MI-1", "OP-MI-2", "OP-MI-3")),
            new Centre("IT-RM-03", List.of("OP-RM-1", "OP-RM-2", "OP-RM-3")),
            new Centre("IT-NA-04", List.of("OP-NA-1", "OP-NA-2", "OP-NA-3")),
            new Centre("IT-TO-05", List.of("OP-TO-1", "OP-TO-2", "OP-TO-3")));
}
