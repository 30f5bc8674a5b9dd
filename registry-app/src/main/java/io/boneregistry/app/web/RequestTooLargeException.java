package io.boneregistry.app.web;

/** A request body larger than the registry accepts (413); thrown while the body is read. */
public class RequestTooLargeException extends RuntimeException {

    public RequestTooLargeException(long limit) {
        super("the request body exceeds " + limit + " bytes");
    }
}
