package org.gongwen.policy.serve;

/** The body of every error answer of the API. */
public record ApiError(String error, String message) {}
