package io.boneregistry.app.web;

import java.util.List;

/** A request refused before any command was sent: every problem found, each naming its field. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).field() + ": " + problems.get(0).message()
                : problems.size() + " invalid fields");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
