package io.boneregistry.app.web;

/** A read for something the registry does not hold. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
