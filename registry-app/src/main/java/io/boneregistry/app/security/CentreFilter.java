package io.boneregistry.app.security;

/**
 * Query parameters that may narrow an answer to one centre. A handler receiving one gets it bound
 * by {@link CentreFilterResolver}, which applies the handler's centre scope to the value bound.
 */
public interface CentreFilter {

    /** The centre asked for, or null for every centre. */
    String centreId();
}
